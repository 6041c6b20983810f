package io.mercato.platform.web;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every failure leaves the API as problem JSON; unexpected ones are logged here and never show a stack trace. */
public final class ProblemExceptionMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemExceptionMapper.class);
    private final DepartmentStates departments;
    @Context
    private UriInfo uri;

    ProblemExceptionMapper(DepartmentStates departments) {
        this.departments = departments;
    }

    @Override
    public Response toResponse(Throwable failure) {
        Problem known = Problem.from(failure);
        if (known != null) {
            return Problems.response(known);
        }
        if (failure instanceof WebApplicationException notFound && notFound.getResponse().getStatus() == 404 && atApiRoot()) {
            // No application claimed the path: perhaps a department that is not installed (yet).
            return Response.fromResponse(Problems.response(departments.unserved(uri.getRequestUri().getPath())))
                    .header(ServletResponses.UNSERVED_HEADER, "api-root").build();
        }
        if (failure instanceof WebApplicationException web) {
            return fromWebException(web);
        }
        LOG.error("Unexpected failure while serving a request", failure);
        return Problems.response(Problem.of(500, "Internal error", "The request failed unexpectedly; it has been logged"));
    }

    /** True in the platform's application at the root of /api, which gets every path no department claims. */
    private boolean atApiRoot() {
        return uri != null && DepartmentStates.department(uri.getBaseUri().getPath()) == null;
    }

    private static Response fromWebException(WebApplicationException web) {
        Response response = web.getResponse();
        if (response.hasEntity() && Problem.MEDIA_TYPE.equals(String.valueOf(response.getMediaType()))) {
            return response;
        }
        int status = response.getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Error" : type.getReasonPhrase();
        Response problem = Problems.response(Problem.ofStatus(status, title));
        if (status == 405 && response.getHeaderString("Allow") != null) {
            return Response.fromResponse(problem).header("Allow", response.getHeaderString("Allow")).build();
        }
        return problem;
    }
}
