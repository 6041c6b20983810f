package io.mercato.platform.api.jobs;

/**
 * Thrown by a running job between its steps when someone asked it to stop: its transaction rolls back, so nothing of it
 * is applied, and the job then ends CANCELLED in a transaction of its own.
 */
public final class JobCancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String by;

    /** Throws when {@code requestedBy} (who asked the job to stop, as read from the job's row) is not null. */
    public static void ifRequested(String requestedBy) {
        if (requestedBy != null) {
            throw new JobCancelled(requestedBy);
        }
    }

    public JobCancelled(String by) {
        super("cancelled by " + by, null, false, false);
        this.by = by;
    }

    /** Who asked the job to stop. */
    public String by() {
        return by;
    }
}
