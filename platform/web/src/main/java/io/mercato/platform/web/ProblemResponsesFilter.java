package io.mercato.platform.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletOutputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every error answer of the API is problem JSON, including those the web server and the JAX-RS runtime write
 * themselves (an HTML 404 while a department's application comes or goes, a {@code sendError}): their body is
 * dropped and a problem for the same status written instead. An exception thrown by the runtime below (CXF's
 * endpoint torn down under a request while its department is removed) becomes the problem for the department's
 * state, or a logged 500 problem when the department is there.
 */
final class ProblemResponsesFilter implements Filter {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponsesFilter.class);
    private final DepartmentStates departments;

    ProblemResponsesFilter(DepartmentStates departments) {
        this.departments = departments;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        ErrorCapture capture = new ErrorCapture(http);
        try {
            chain.doFilter(request, capture);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (http.isCommitted()) {
                throw failure;
            }
            http.resetBuffer();
            http.setHeader(ServletResponses.UNSERVED_HEADER, "failure");
            ServletResponses.problem(http, problemForFailure(failure, (HttpServletRequest) request));
            return;
        }
        // An error status set without a body (CXF's bare 404 while an application is torn down) counts too.
        if (!http.isCommitted() && capture.swallow()) {
            http.resetBuffer();
            http.setHeader(ServletResponses.UNSERVED_HEADER, "status " + capture.getStatus());
            ServletResponses.problem(http, problemFor(capture.getStatus(), (HttpServletRequest) request));
        }
    }

    private Problem problemForFailure(Exception failure, HttpServletRequest request) {
        Problem state = departments.unserved(request.getRequestURI());
        if (DepartmentStates.STARTING.equals(state.type())) {
            // Expected for a moment while a department comes up; for longer it is the reason it never does.
            LOG.warn("{} {} failed while its department is installed: {}", request.getMethod(), request.getRequestURI(), failure.toString());
            return state;
        }
        if (!"about:blank".equals(state.type())) {
            LOG.debug("A request failed while its department was coming or going: {}", failure.toString());
            return state;
        }
        LOG.error("Unexpected failure while serving {} {}", request.getMethod(), request.getRequestURI(), failure);
        return Problem.of(500, "Internal error", "The request failed unexpectedly; it has been logged");
    }

    private Problem problemFor(int status, HttpServletRequest request) {
        if (status == 404) {
            return departments.unserved(request.getRequestURI());
        }
        javax.ws.rs.core.Response.Status known = javax.ws.rs.core.Response.Status.fromStatusCode(status);
        return Problem.ofStatus(status, known == null ? "Error" : known.getReasonPhrase());
    }

    /** Lets everything through except an error answer that is not JSON, whose body it swallows. */
    private static final class ErrorCapture extends HttpServletResponseWrapper {
        private boolean captured;

        ErrorCapture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendError(int status) {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String message) {
            captured = true;
            setStatus(status);
        }

        private boolean swallow() {
            if (!captured && getStatus() >= 400 && (getContentType() == null || !JsonProvider.isJson(getContentType()))) {
                captured = true;
            }
            return captured;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            return swallow() ? new Discarding() : super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            return swallow() ? new PrintWriter(OutputStream.nullOutputStream()) : super.getWriter();
        }

        @Override
        public void flushBuffer() throws IOException {
            if (!swallow()) {
                super.flushBuffer();
            }
        }
    }

    private static final class Discarding extends ServletOutputStream {
        @Override
        public void write(int b) {
            // dropped: a problem is written instead
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
            throw new UnsupportedOperationException("blocking only");
        }
    }
}
