package io.mercato.platform.web;

import io.mercato.platform.api.persistence.DatabaseStatus;
import java.io.IOException;
import java.util.function.Supplier;
import javax.servlet.DispatcherType;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Answers in a servlet context of the API while no JAX-RS application serves it (Mercato starting, the database
 * down, a department being installed or removed): a 503 problem with the reason, or a 404 problem for a department
 * that is not installed. It is the context's default servlet ("/"): the application's own servlet ("/*") takes every
 * request whenever it is there; a request that still reaches this servlet then was routed by a stale cache entry
 * of the web server and is handed on to the application.
 */
final class UnservedApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(UnservedApiServlet.class);
    /** The name the JAX-RS whiteboard gives the servlet of an application. */
    static final String APPLICATION_SERVLET = "cxf-servlet";
    private final transient Supplier<DatabaseStatus> database;
    private final transient DepartmentStates departments;

    UnservedApiServlet(Supplier<DatabaseStatus> database, DepartmentStates departments) {
        this.database = database;
        this.departments = departments;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.REQUEST && getServletContext().getNamedDispatcher(APPLICATION_SERVLET) != null) {
            // The context's application is there: this path's route was cached while it was coming (StaleRoutes).
            boolean cleared = StaleRoutes.clearCurrent();
            LOG.info("A request in {} reached the fallback although the application serves the context; {}", request.getContextPath(),
                    cleared ? "the context's cached routes were cleared" : "the web server's routes could not be cleared");
            String inContext = request.getRequestURI().substring(request.getContextPath().length());
            String query = request.getQueryString();
            getServletContext().getRequestDispatcher(query == null ? inContext : inContext + "?" + query).forward(request, response);
            return;
        }
        Problem problem = DatabaseGate.refusal(database.get());
        if (problem == null) {
            problem = departments.unserved(request.getRequestURI());
            if (problem.status() == 404 && "about:blank".equals(problem.type())) {
                problem = DatabaseGate.unavailable("the API is starting");
            }
        }
        response.setHeader(ServletResponses.UNSERVED_HEADER, "servlet");
        ServletResponses.problem(response, problem);
    }
}
