package io.mercato.admin.api;

/**
 * What an operation may be given besides its action; every field may be null.
 *
 * @param healthTimeoutSeconds install/upgrade: how long the department may take to become healthy (default configured)
 * @param confirmCode          purge: the department's code, typed in
 * @param reportHash           purge: the hash of the purge report the admin read
 * @param exportId             purge: the export of the data as that report describes it
 */
public record OperationOptions(Integer healthTimeoutSeconds, String confirmCode, String reportHash, Long exportId) {
    public static final OperationOptions NONE = new OperationOptions(null, null, null, null);
}
