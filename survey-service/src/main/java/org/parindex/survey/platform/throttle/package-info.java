/**
 * Throttles that hold across a cluster: {@link org.parindex.survey.platform.throttle.Throttle}, the one sliding-window
 * rule used by the login throttle and the link check throttle, over failures kept in the shared database
 * ({@link org.parindex.survey.platform.throttle.JdbcFailureLog}). Depends on no capability.
 */
package org.parindex.survey.platform.throttle;
