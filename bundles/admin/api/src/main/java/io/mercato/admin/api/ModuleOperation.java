package io.mercato.admin.api;

import java.time.Instant;

/**
 * One install, upgrade or uninstall, from the request to its end.
 *
 * @param outcome  RUNNING, SUCCEEDED, ROLLED_BACK (failed, the department is as it was before) or FAILED (failed and
 *                 could not be put back)
 * @param step     what it is doing or did last, for the progress display
 * @param progress 0 to 100
 * @param message  why it failed, or null
 */
public record ModuleOperation(long id, String code, ModuleAction action, String outcome, String step, int progress,
                              String message, String actor, Instant startedAt, Instant finishedAt) {
    public static final String RUNNING = "RUNNING";
    public static final String SUCCEEDED = "SUCCEEDED";
    public static final String ROLLED_BACK = "ROLLED_BACK";
    public static final String FAILED = "FAILED";
}
