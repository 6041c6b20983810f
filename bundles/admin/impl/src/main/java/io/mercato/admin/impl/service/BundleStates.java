package io.mercato.admin.impl.service;

import org.osgi.framework.Bundle;

/** Bundle states as words for people. */
public final class BundleStates {
    private BundleStates() {
    }

    public static String name(int state) {
        return switch (state) {
            case Bundle.UNINSTALLED -> "uninstalled";
            case Bundle.INSTALLED -> "installed (not resolved)";
            case Bundle.RESOLVED -> "resolved (not started)";
            case Bundle.STARTING -> "starting";
            case Bundle.STOPPING -> "stopping";
            case Bundle.ACTIVE -> "active";
            default -> "in state " + state;
        };
    }
}
