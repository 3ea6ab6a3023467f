package org.govbuy.credit.rest;

import java.net.URI;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;

import org.govbuy.credit.domain.UnifiedSocialCreditCode;
import org.govbuy.credit.domain.SupplierRegistration;
import org.govbuy.credit.service.SupplierRegistry;
import org.govbuy.platform.error.DomainRuleViolation;
import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.platform.security.GovBuyClaims;

/** The supplier register (承接主体登记). */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class SupplierResource {

    private final SupplierRegistry registry;
    private final GovBuyClaims claims;

    SupplierResource(SupplierRegistry registry, GovBuyClaims claims) {
        this.registry = registry;
        this.claims = claims;
    }

    @POST
    @Path("/suppliers")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("civil-affairs")
    public Response register(@Valid @NotNull RegisterSupplierRequest request) {
        String problem = UnifiedSocialCreditCode.problemWith(request.uscc());
        if (problem != null) {
            throw new DomainRuleViolation("uscc", problem);
        }
        var supplier = registry.register(new SupplierRegistration(new UnifiedSocialCreditCode(request.uscc()),
                request.name().strip(), request.organisationType(), request.registrationAuthority().strip(),
                request.establishedOn(), request.region()), claims.actor());
        return Response.created(URI.create("/api/v1/suppliers/" + supplier.uscc))
                .entity(SupplierView.of(supplier)).build();
    }

    @GET
    @Path("/suppliers/{uscc}")
    @Authenticated
    public SupplierView get(@PathParam("uscc") String uscc) {
        return registry.find(uscc).map(SupplierView::of).orElseThrow(() -> notFound(uscc));
    }

    /** Public disclosure (公开): no token needed. */
    @GET
    @Path("/public/suppliers/{uscc}")
    @PermitAll
    public PublicSupplierView getPublic(@PathParam("uscc") String uscc) {
        return registry.find(uscc).map(PublicSupplierView::of).orElseThrow(() -> notFound(uscc));
    }

    private static NotFoundProblem notFound(String uscc) {
        return new NotFoundProblem("no supplier with unified social credit code " + uscc);
    }
}
