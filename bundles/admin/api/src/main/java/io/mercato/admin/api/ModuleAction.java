package io.mercato.admin.api;

/** What an admin can do to a department. */
public enum ModuleAction {
    INSTALL, UPGRADE, UNINSTALL
}
