package io.mercato.platform.api;

import java.util.concurrent.ThreadFactory;

/** Threads for a bundle's background work (clocks, job workers): named for thread dumps, never keeping the JVM alive. */
public final class DaemonThreads {
    private DaemonThreads() {
    }

    /** A factory of daemon threads all called {@code name}. */
    public static ThreadFactory named(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
