package io.mercato.platform.web;

import javax.annotation.Priority;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import org.apache.cxf.Bus;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;

/**
 * When its bus has no class loader, CXF asks the OSGi resource delegation for one on every request; under
 * Felix that lookup fails slowly (an exception per request) and CXF then leaves the context class loader as
 * it is. Remembering that same context loader on the bus keeps the behaviour and skips the lookup.
 */
@PreMatching
@Priority(1)
final class CxfClassLoaderCache implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        if (message == null || message.getExchange() == null) {
            return;
        }
        Bus bus = message.getExchange().getBus();
        ClassLoader current = Thread.currentThread().getContextClassLoader();
        if (bus != null && current != null && bus.getExtension(ClassLoader.class) == null) {
            bus.setExtension(current, ClassLoader.class);
        }
    }

    /** True when the JAX-RS runtime is CXF. */
    static boolean applies() {
        try {
            Class.forName("org.apache.cxf.phase.PhaseInterceptorChain", false, CxfClassLoaderCache.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError notCxf) {
            return false;
        }
    }
}
