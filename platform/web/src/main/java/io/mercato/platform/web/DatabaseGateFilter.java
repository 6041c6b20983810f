package io.mercato.platform.web;

import io.mercato.platform.api.persistence.DatabaseStatus;
import java.io.IOException;
import java.util.function.Supplier;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * While the database is starting, down or being restarted after a crash, every API call (but the health check)
 * gets a 503 problem saying why, at once, instead of waiting for a connection and failing.
 */
final class DatabaseGateFilter implements Filter {
    private final Supplier<DatabaseStatus> database;

    DatabaseGateFilter(Supplier<DatabaseStatus> database) {
        this.database = database;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        Problem refusal = HealthServlet.PATH.equals(http.getServletPath()) && "/api".equals(http.getContextPath())
                ? null : DatabaseGate.refusal(database.get());
        if (refusal != null) {
            ServletResponses.problem((HttpServletResponse) response, refusal);
            return;
        }
        chain.doFilter(request, response);
    }
}
