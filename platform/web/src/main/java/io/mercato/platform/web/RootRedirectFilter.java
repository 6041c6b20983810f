package io.mercato.platform.web;

import java.io.IOException;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Sends {@code http://host:8181/} to the console. A filter, because the JAX-RS whiteboard's servlet
 * claims {@code /*} and would otherwise answer the bare root itself.
 */
@Component(service = Filter.class)
@HttpWhiteboardFilterPattern("/*")
public class RootRedirectFilter implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && "/".equals(http.getRequestURI())) {
            ((HttpServletResponse) response).sendRedirect("/console/index.html");
            return;
        }
        chain.doFilter(request, response);
    }
}
