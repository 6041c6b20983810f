package io.mercato.siteops.impl.rest;

import io.mercato.platform.api.Page;
import io.mercato.platform.api.org.PositionLevel;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.platform.api.web.Requests;
import io.mercato.siteops.impl.persistence.StepCountRow;
import io.mercato.siteops.impl.persistence.UploadRow;
import io.mercato.siteops.impl.upload.Upload;
import io.mercato.siteops.impl.upload.UploadInputs.CheckInput;
import io.mercato.siteops.impl.upload.UploadInputs.ScheduleInput;
import io.mercato.siteops.impl.upload.UploadInputs.StepInput;
import io.mercato.siteops.impl.upload.Uploads;
import java.util.List;
import java.util.Map;
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

/**
 * The product upload process (宝贝上传): {@code POST products/{code}/uploads} submits a product; each step has its own
 * endpoint for its owner ({@code confirm} a supervisor, {@code check} and {@code upload} sales, {@code schedule} promotion);
 * {@code send-back} returns an upload to its submitter. {@code GET uploads?step=OPEN} is the board.
 */
@Component(service = UploadResource.class)
@RequiresCapability(Uploads.CATALOG)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UploadResource {
    private static final String UPLOAD = "uploads/{number: UP-[0-9]+}";
    private final Uploads uploads;

    @Activate
    public UploadResource(@Reference Uploads uploads) {
        this.uploads = uploads;
    }

    @GET
    @Path("uploads")
    public Page<UploadRow> list(@QueryParam("step") String step, @QueryParam("q") String q, @QueryParam("product") String product,
                                @QueryParam("page") Integer page, @QueryParam("size") Integer size, @QueryParam("after") String after) {
        return uploads.search(step, q, product, Requests.page(page, size, after));
    }

    /** How many uploads wait at each step: the board's column heads. */
    @GET
    @Path("uploads/board")
    public List<StepCountRow> board() {
        return uploads.openPerStep();
    }

    @GET
    @Path(UPLOAD)
    public Upload get(@PathParam("number") String number) {
        return uploads.get(number);
    }

    @POST
    @Path("products/{code: P-[0-9]+}/uploads")
    public Response submit(@PathParam("code") String code, StepInput input, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(uploads.submit(code, input == null ? null : input.comment(),
                Requests.actor(security))).build();
    }

    @RequiresCapability(value = Uploads.CATALOG, level = PositionLevel.SUPERVISOR)
    @POST
    @Path(UPLOAD + "/confirm")
    public Upload confirm(@PathParam("number") String number, StepInput input, @Context SecurityContext security) {
        return uploads.confirm(number, input == null ? null : input.comment(), Requests.actor(security));
    }

    @POST
    @Path(UPLOAD + "/check")
    public Upload check(@PathParam("number") String number, CheckInput input, @Context SecurityContext security) {
        return uploads.check(number, input, Requests.actor(security));
    }

    @POST
    @Path(UPLOAD + "/upload")
    public Upload upload(@PathParam("number") String number, StepInput input, @Context SecurityContext security) {
        return uploads.upload(number, input == null ? null : input.comment(), Requests.actor(security));
    }

    @RequiresCapability(Uploads.PROMOTION)
    @POST
    @Path(UPLOAD + "/schedule")
    public Upload schedule(@PathParam("number") String number, ScheduleInput input, @Context SecurityContext security) {
        return uploads.schedule(number, input, Requests.actor(security));
    }

    /** Whoever owns the upload's current step may send it back; the reason is required. */
    @POST
    @Path(UPLOAD + "/send-back")
    public Upload sendBack(@PathParam("number") String number, StepInput input, @Context SecurityContext security) {
        return uploads.sendBack(number, input == null ? null : input.comment(), Requests.actor(security), security.isUserInRole("admin"));
    }

    @RequiresCapability(Uploads.PROMOTION)
    @POST
    @Path("products/{code: P-[0-9]+}/delist")
    public Map<String, Object> delist(@PathParam("code") String code, StepInput input, @Context SecurityContext security) {
        String reason = input == null || input.comment() == null || input.comment().isBlank() ? "delisted by hand" : input.comment().strip();
        io.mercato.platform.api.validation.Check.input().text("comment", reason, 500, false).validate();
        return Map.of("product", code, "delisted", uploads.delist(code, reason, Requests.actor(security)));
    }
}
