package ${package}.impl;

import ${package}.api.Entry;
import io.mercato.platform.api.NotFoundException;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.platform.api.web.Requests;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/${department}/entries}: for staff whose department holds {@value #CAPABILITY}, and admins. */
@Component(service = EntryResource.class)
@RequiresCapability(EntryResource.CAPABILITY)
@Path("entries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EntryResource {
    public static final String CAPABILITY = "${department}.use";
    private final Entries entries;

    @Activate
    public EntryResource(@Reference Entries entries) {
        this.entries = entries;
    }

    public record EntryInput(String title) {
    }

    @GET
    public List<Entry> latest(@QueryParam("limit") Integer limit) {
        return entries.latest(limit == null ? 50 : limit);
    }

    @GET
    @Path("{id}")
    public Entry find(@PathParam("id") long id) {
        return entries.find(id).orElseThrow(() -> new NotFoundException("No entry " + id));
    }

    /** Creates an entry; an Idempotency-Key header makes a retry answer the first result. */
    @POST
    public Response create(EntryInput input, @Context SecurityContext security) {
        Entry created = entries.create(input == null ? null : input.title(), Requests.actor(security));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }
}
