/** Members of a campaign (officers, appraisers) and sign-in links. */
package org.parindex.survey.membership.domain;
