package org.parindex.survey.platform.persistence;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the annotated transactional method again, a few times with a random pause, when its transaction failed on a
 * database deadlock, a lock time-out or a version conflict ({@link LockConflictRetry}). Only for methods whose whole effect is their own
 * transaction (they start it, nothing else happened before): the retry repeats the whole transaction.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RetryOnLockConflict {
}
