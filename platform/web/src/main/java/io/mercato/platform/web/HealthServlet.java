package io.mercato.platform.web;

import io.mercato.platform.api.persistence.DatabaseStatus;
import io.mercato.platform.api.web.DepartmentServing;
import io.mercato.platform.api.web.MercatoApi;
import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code GET /api/health}: open (for load balancers and boot scripts), 200 when Mercato can serve — the database up and
 * every installed department answering on its endpoints — 503 with the reason when it cannot, and each installed
 * department's state. Says nothing a stranger could use: no versions, no addresses.
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
    private final transient DepartmentStates departments;
    private final transient DepartmentServing serving;

    /** The whole, the database, and each installed department: UP, STARTING (installed, not answering yet) or UNCHECKED (HTTPS only). */
    public record Health(String status, Part database, Map<String, String> departments) {
        public record Part(String status, String detail, Instant since) {
        }
    }

    @Activate
    public HealthServlet(@Reference DepartmentStates departments, @Reference DepartmentServing serving) {
        this.departments = departments;
        this.serving = serving;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        DatabaseStatus current = database;
        Health.Part db = current == null
                ? new Health.Part("STARTING", "the database layer has not started", null)
                : new Health.Part(current.state().name(), current.detail(), current.since());
        boolean databaseUp = current != null && current.isUp();
        Map<String, String> states = new LinkedHashMap<>();
        boolean allServe = true;
        for (String code : departments.installed()) {
            Optional<Boolean> serves = databaseUp ? serving.serves(code) : Optional.of(false);
            states.put(code, serves.map(yes -> yes ? "UP" : "STARTING").orElse("UNCHECKED"));
            allServe &= serves.orElse(true);
        }
        boolean up = databaseUp && allServe;
        String status = up ? "UP" : databaseUp ? "STARTING" : db.status();
        ServletResponses.json(response, up ? 200 : 503, "application/json",
                JsonMapping.MAPPER.writeValueAsString(new Health(status, db, states)));
    }
}
