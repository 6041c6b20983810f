package io.mercato.platform.web;

import java.io.IOException;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/** Security headers on every API answer, set before anything else runs so errors carry them too. */
final class ApiHeadersFilter implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        SecurityHeaders.api((HttpServletRequest) request, (HttpServletResponse) response);
        chain.doFilter(request, response);
    }
}
