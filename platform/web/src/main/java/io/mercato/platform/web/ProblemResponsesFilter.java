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

/**
 * Every error answer of the API is problem JSON, including those the web server and the JAX-RS runtime write
 * themselves (an HTML 404 while a department's application comes or goes, a {@code sendError}): their body is
 * dropped and a problem for the same status written instead.
 */
final class ProblemResponsesFilter implements Filter {
    private final DepartmentStates departments;

    ProblemResponsesFilter(DepartmentStates departments) {
        this.departments = departments;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletResponse http = (HttpServletResponse) response;
        ErrorCapture capture = new ErrorCapture(http);
        chain.doFilter(request, capture);
        if (capture.captured && !http.isCommitted()) {
            http.resetBuffer();
            ServletResponses.problem(http, problemFor(capture.getStatus(), (HttpServletRequest) request));
        }
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
            if (!captured) {
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
