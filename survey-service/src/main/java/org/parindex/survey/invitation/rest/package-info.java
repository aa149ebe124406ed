/**
 * HTTP resources of invitations: under the secretariat's {@code /api}, inviting, reminding, statuses, links as QR
 * codes and card sheets, and mail templates; and the public link check {@code /link/<token or code>} in an
 * application of its own ({@link org.parindex.survey.invitation.rest.LinkApplication}), throttled, with 429 and
 * {@code Retry-After}.
 */
package org.parindex.survey.invitation.rest;
