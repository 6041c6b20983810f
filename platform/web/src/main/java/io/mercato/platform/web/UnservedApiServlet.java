package io.mercato.platform.web;

import io.mercato.platform.api.persistence.DatabaseStatus;
import java.io.IOException;
import java.util.function.Supplier;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Answers in a servlet context of the API while no JAX-RS application serves it (Mercato starting, the database
 * down, a department being installed or removed): a 503 problem with the reason, or a 404 problem for a department
 * that is not installed. It is the context's default servlet ("/"): the application's own servlet ("/*") takes every
 * request whenever it is there.
 */
final class UnservedApiServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient Supplier<DatabaseStatus> database;
    private final transient DepartmentStates departments;

    UnservedApiServlet(Supplier<DatabaseStatus> database, DepartmentStates departments) {
        this.database = database;
        this.departments = departments;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
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
