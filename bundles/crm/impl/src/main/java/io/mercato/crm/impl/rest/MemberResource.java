package io.mercato.crm.impl.rest;

import io.mercato.crm.impl.members.Member;
import io.mercato.crm.impl.members.MemberInput;
import io.mercato.crm.impl.members.MemberProfile;
import io.mercato.crm.impl.members.Members;
import io.mercato.crm.impl.orders.Partners;
import io.mercato.platform.api.Page;
import io.mercato.platform.api.security.RequiresCapability;
import io.mercato.platform.api.web.Requests;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
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
 * {@code /api/crm}: the department's status (which partner departments run and what is unavailable without them), members
 * (search by mobile, name, code or e-mail; enrol; edit the profile) and a member's profile with orders and tier history.
 */
@Component(service = MemberResource.class)
@RequiresCapability(Members.CAPABILITY)
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberResource {
    private final Members members;
    private final MemberProfile profiles;
    private final Partners partners;

    @Activate
    public MemberResource(@Reference Members members, @Reference MemberProfile profiles, @Reference Partners partners) {
        this.members = members;
        this.profiles = profiles;
        this.partners = partners;
    }

    @GET
    @Path("status")
    public Partners.Status status() {
        return partners.status();
    }

    @GET
    @Path("members")
    public Page<Member> search(@QueryParam("q") String q, @QueryParam("tier") String tier, @QueryParam("page") Integer page,
                               @QueryParam("size") Integer size, @QueryParam("after") String after) {
        return members.search(q, tier, Requests.page(page, size, after));
    }

    /** Enrols a member by hand (a customer on the phone); a mobile number that is a member already is a 409 naming it. */
    @POST
    @Path("members")
    public Response create(MemberInput input, @Context SecurityContext security) {
        return Response.status(Response.Status.CREATED).entity(members.create(input, Requests.actor(security))).build();
    }

    @GET
    @Path("members/{code}")
    public MemberProfile.Profile get(@PathParam("code") String code) {
        return profiles.profile(code);
    }

    @PUT
    @Path("members/{code}")
    public Member update(@PathParam("code") String code, MemberInput input, @Context SecurityContext security) {
        return members.update(code, input, Requests.actor(security));
    }
}
