package io.mercato.platform.web;

import java.io.IOException;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** Serves the console shell under {@code /console/} and sends {@code /} there. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/")
@HttpWhiteboardResource(pattern = "/console/*", prefix = "/static/console")
public class ConsoleShell extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI();
        if ("/".equals(path) || "/console".equals(path) || "/console/".equals(path)) {
            response.sendRedirect("/console/index.html");
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }
}
