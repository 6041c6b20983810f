package io.mercato.admin.api;

/** Where a department stands; the transient states last while an operation runs. */
public enum ModuleState {
    /** Known to the features repository, never installed or uninstalled since; its data (if any) is kept. */
    UNINSTALLED,
    INSTALLING,
    ACTIVE,
    UPGRADING,
    UNINSTALLING,
    /** An operation failed and could not be rolled back: an admin must look (the operation says why). */
    FAILED,
    /** Uninstalled and its schema dropped after an export. */
    PURGED;

    public boolean busy() {
        return this == INSTALLING || this == UPGRADING || this == UNINSTALLING;
    }
}
