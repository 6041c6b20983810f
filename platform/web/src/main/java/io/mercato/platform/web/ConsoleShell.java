package io.mercato.platform.web;

import java.io.IOException;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/** Serves the console shell under {@code /console/}; the bare root and folder addresses lead to its page. */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern({"/console", "/console/"})
@HttpWhiteboardResource(pattern = "/console/*", prefix = "/static/console")
public class ConsoleShell extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.sendRedirect("/console/index.html");
    }
}
