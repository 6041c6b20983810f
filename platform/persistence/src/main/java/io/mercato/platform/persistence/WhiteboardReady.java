package io.mercato.platform.persistence;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits until the JAX-RS whiteboard has started. Once the database is published, the platform and every department
 * register their applications, and the Aries whiteboard (2.0.2) can fail its own start with a
 * {@code ConcurrentModificationException} when applications arrive while it starts (it shares their start level). Its
 * default application in the runtime's description is the sign it runs. Without a whiteboard at all it does not wait.
 */
final class WhiteboardReady {
    private static final Logger LOG = LoggerFactory.getLogger(WhiteboardReady.class);

    private WhiteboardReady() {
    }

    /** Returns once the whiteboard runs, or after {@code timeoutMillis} (then with a log line). */
    static void await(BundleContext context, long timeoutMillis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        try {
            while (!running(context)) {
                if (System.currentTimeMillis() > deadline) {
                    LOG.info("The JAX-RS whiteboard did not start within {} s; publishing the database anyway", timeoutMillis / 1000);
                    return;
                }
                Thread.sleep(25);
            }
        } catch (NoClassDefFoundError noWhiteboardApi) {
            LOG.debug("No JAX-RS whiteboard API; the database is published at once");
        }
    }

    private static boolean running(BundleContext context) {
        ServiceReference<JaxrsServiceRuntime> reference = context.getServiceReference(JaxrsServiceRuntime.class);
        if (reference == null) {
            return false;
        }
        JaxrsServiceRuntime runtime = context.getService(reference);
        try {
            RuntimeDTO description = runtime == null ? null : runtime.getRuntimeDTO();
            // Its default application, or any other it took in: once Mercato's own application at "/" is there (the database
            // layer started again), the default one is shadowed and may not be described any more.
            return description != null && (description.defaultApplication != null || length(description.applicationDTOs) > 0
                    || length(description.failedApplicationDTOs) > 0);
        } finally {
            context.ungetService(reference);
        }
    }

    private static int length(Object[] described) {
        return described == null ? 0 : described.length;
    }
}
