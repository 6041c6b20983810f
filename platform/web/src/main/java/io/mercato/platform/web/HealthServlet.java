package io.mercato.platform.web;

import io.mercato.platform.api.persistence.DatabaseStatus;
import io.mercato.platform.api.web.MercatoApi;
import java.io.IOException;
import java.time.Instant;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code GET /api/health}: open (for load balancers and boot scripts), 200 when Mercato can serve, 503 with the
 * reason when it cannot. Says nothing a stranger could use: no versions, no addresses.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(MercatoApi.CONTEXT_SELECT)
@HttpWhiteboardServletPattern(HealthServlet.PATH)
@HttpWhiteboardServletName("mercato-health")
public class HealthServlet extends HttpServlet {
    static final String PATH = "/health";
    private static final long serialVersionUID = 1L;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private transient volatile DatabaseStatus database;

    public record Health(String status, Part database) {
        public record Part(String status, String detail, Instant since) {
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DatabaseStatus current = database;
        Health.Part db = current == null
                ? new Health.Part("STARTING", "the database layer has not started", null)
                : new Health.Part(current.state().name(), current.detail(), current.since());
        boolean up = current != null && current.isUp();
        ServletResponses.json(response, up ? 200 : 503, "application/json",
                JsonMapping.MAPPER.writeValueAsString(new Health(up ? "UP" : db.status(), db)));
    }
}
