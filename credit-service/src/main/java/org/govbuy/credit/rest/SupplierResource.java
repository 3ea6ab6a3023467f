package org.govbuy.credit.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;

import org.govbuy.credit.domain.SupplierRegistration;
import org.govbuy.credit.domain.SupplierUpdate;
import org.govbuy.credit.domain.UnifiedSocialCreditCode;
import org.govbuy.credit.rest.CreditViews.AffiliateView;
import org.govbuy.credit.rest.CreditViews.ChangeView;
import org.govbuy.credit.service.SupplierRegistry;
import org.govbuy.platform.error.DomainRuleViolation;
import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.platform.security.GovBuyClaims;
import org.govbuy.platform.idempotency.IdempotentCreate;

/** The supplier register (承接主体登记), kept by civil affairs. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SupplierResource {

    private final SupplierRegistry registry;
    private final GovBuyClaims claims;
    private final CreditAccess access;

    SupplierResource(SupplierRegistry registry, GovBuyClaims claims, CreditAccess access) {
        this.registry = registry;
        this.claims = claims;
        this.access = access;
    }

    @IdempotentCreate
    @POST
    @Path("/suppliers")
    @RolesAllowed("civil-affairs")
    public Response register(@Valid @NotNull RegisterSupplierRequest request) {
        String problem = UnifiedSocialCreditCode.problemWith(request.uscc());
        if (problem != null) {
            throw new DomainRuleViolation("uscc", problem);
        }
        access.requireActsFor(request.region());
        var supplier = registry.register(new SupplierRegistration(new UnifiedSocialCreditCode(request.uscc()),
                request.name().strip(), request.organisationType(), request.registrationAuthority().strip(),
                request.establishedOn(), request.region()), claims.actor());
        return Response.created(URI.create("/api/v1/suppliers/" + supplier.uscc))
                .entity(SupplierView.of(supplier)).build();
    }

    /** The register entry, as much of it as the caller may see ({@link SupplierVisibility}). */
    @GET
    @Path("/suppliers/{uscc}")
    @Authenticated
    public SupplierView get(@PathParam("uscc") String uscc) {
        return registry.find(uscc).map(supplier -> SupplierView.of(supplier, access.visibilityOf(uscc)))
                .orElseThrow(() -> new NotFoundProblem("no supplier with unified social credit code " + uscc));
    }

    @PATCH
    @Path("/suppliers/{uscc}")
    @RolesAllowed("civil-affairs")
    public SupplierView update(@PathParam("uscc") String uscc, @Valid @NotNull CreditRequests.UpdateSupplier request) {
        access.requireRegistrarOf(uscc);
        if (request.region() != null) {
            access.requireActsFor(request.region()); // moving it: the office must act for both regions
        }
        return SupplierView.of(registry.update(uscc, new SupplierUpdate(strip(request.name()),
                request.organisationType(), strip(request.registrationAuthority()), request.region()), claims.actor()));
    }

    @POST
    @Path("/suppliers/{uscc}/deregistration")
    @RolesAllowed("civil-affairs")
    public SupplierView deregister(@PathParam("uscc") String uscc, @Valid @NotNull CreditRequests.Reason request) {
        access.requireRegistrarOf(uscc);
        return SupplierView.of(registry.deregister(uscc, request.reason(), claims.actor()));
    }

    @GET
    @Path("/suppliers/{uscc}/history")
    @RolesAllowed({ "civil-affairs", "auditor" })
    public List<ChangeView> history(@PathParam("uscc") String uscc) {
        return registry.historyOf(uscc).stream().map(ChangeView::of).toList();
    }

    @IdempotentCreate
    @POST
    @Path("/suppliers/{uscc}/affiliates")
    @RolesAllowed("civil-affairs")
    public Response addAffiliate(@PathParam("uscc") String uscc, @Valid @NotNull CreditRequests.AddAffiliate request) {
        access.requireRegistrarOf(uscc);
        var affiliation = registry.addAffiliate(uscc, request.affiliateUscc(), request.relation(), claims.actor());
        return Response.status(Response.Status.CREATED).entity(AffiliateView.of(affiliation)).build();
    }

    @GET
    @Path("/suppliers/{uscc}/affiliates")
    @RolesAllowed({ "civil-affairs", "finance", "purchaser", "auditor" })
    public List<AffiliateView> affiliates(@PathParam("uscc") String uscc) {
        return registry.affiliatesOf(uscc).stream().map(AffiliateView::of).toList();
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
