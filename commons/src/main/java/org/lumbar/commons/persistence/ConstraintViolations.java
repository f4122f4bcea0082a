package org.lumbar.commons.persistence;

/** Whether a failed write was refused by a database constraint (a unique key a twin wrote first, most often). */
public final class ConstraintViolations {

    private static final int DEEPEST_CAUSE = 20;

    private ConstraintViolations() {
    }

    /** True when Hibernate's ConstraintViolationException is {@code failure} or among its causes. */
    public static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth++ < DEEPEST_CAUSE; cause = cause.getCause()) {
            if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
