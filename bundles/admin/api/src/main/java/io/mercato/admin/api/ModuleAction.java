package io.mercato.admin.api;

/** What an admin can do to a department: the last two only while it is uninstalled. */
public enum ModuleAction {
    INSTALL, UPGRADE, UNINSTALL,
    /** Writes its schema, one CSV per table, into a zip under data/admin/exports. */
    EXPORT,
    /** Drops its schema for good; needs its code typed in, a purge report that still holds and an export of that data. */
    PURGE
}
