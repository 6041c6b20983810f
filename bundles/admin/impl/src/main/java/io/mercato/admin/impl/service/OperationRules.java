package io.mercato.admin.impl.service;

import io.mercato.admin.api.ModuleAction;
import io.mercato.platform.api.ConflictException;

/** Which action fits which department: install what is not installed, upgrade to a newer version, uninstall what is. */
final class OperationRules {
    private OperationRules() {
    }

    static void check(DepartmentFeature department, ModuleAction action) {
        switch (action) {
            case INSTALL -> {
                if (department.installed()) {
                    throw new ConflictException("already-installed", department.code() + " is installed already (version "
                            + department.installedVersion() + ")");
                }
            }
            case UPGRADE -> {
                if (!department.upgradable()) {
                    throw new ConflictException("no-upgrade", department.installed()
                            ? department.code() + " " + department.installedVersion() + " is the newest version in the features repository"
                            : department.code() + " is not installed; install it instead");
                }
            }
            case UNINSTALL -> {
                if (!department.installed()) {
                    throw new ConflictException("not-installed", department.code() + " is not installed");
                }
            }
            case EXPORT, PURGE -> {
                if (department.installed()) {
                    throw new ConflictException("installed", department.code() + " is installed: uninstall it first (its data stays)");
                }
            }
        }
    }
}
