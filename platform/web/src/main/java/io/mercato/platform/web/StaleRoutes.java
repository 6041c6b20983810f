package io.mercato.platform.web;

import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHandler;

/**
 * Clears the routes Jetty cached for the context of the request being served. Jetty (through Pax Web) caches a
 * request path's filter chain together with the servlet at its end, and a request that found its servlet just before
 * a department's application was added can store its chain just after the addition cleared the cache: from then on
 * that path keeps reaching the context's fallback servlet although the application serves every other path (the
 * department "stays starting" for that path). Rebuilding the mappings clears the cache.
 */
final class StaleRoutes {
    private StaleRoutes() {
    }

    /** True when the cache of the current request's context was cleared; false on a web server other than Jetty. */
    static boolean clearCurrent() {
        try {
            ContextHandler.Context context = ContextHandler.getCurrentContext();
            if (context != null && context.getContextHandler() instanceof ServletContextHandler servletContext) {
                ServletHandler handler = servletContext.getServletHandler();
                handler.setServletMappings(handler.getServletMappings());
                return true;
            }
            return false;
        } catch (NoClassDefFoundError notJetty) {
            return false;
        }
    }
}
