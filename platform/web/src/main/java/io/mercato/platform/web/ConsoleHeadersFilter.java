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
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/** Security headers on the console's pages and files (the default servlet context). */
@Component(service = Filter.class, property = "service.ranking:Integer=1000")
@HttpWhiteboardFilterPattern("/*")
@HttpWhiteboardFilterName("mercato-console-headers")
public class ConsoleHeadersFilter implements Filter {
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        SecurityHeaders.console((HttpServletRequest) request, (HttpServletResponse) response);
        chain.doFilter(request, response);
    }
}
