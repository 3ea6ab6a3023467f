package org.govbuy.contract.rest;

import java.net.URI;
import java.time.Clock;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.ForbiddenException;

import org.govbuy.contract.domain.Breach;
import org.govbuy.contract.domain.Contract;
import org.govbuy.contract.domain.ContractStatus;
import org.govbuy.contract.domain.Money;
import org.govbuy.contract.rest.ContractViews.BreachView;
import org.govbuy.contract.rest.ContractViews.ContractView;
import org.govbuy.contract.service.ContractDrafts;
import org.govbuy.contract.service.ContractEnd;
import org.govbuy.contract.service.ContractSigning;
import org.govbuy.contract.service.Contracts;
import org.govbuy.platform.idempotency.IdempotentCreate;
import org.govbuy.platform.rest.PageView;
import org.govbuy.platform.rest.Paging;

/**
 * Contracts: the purchaser completes the draft the award created; both parties sign; the purchaser
 * files it and finance confirms (备案); the purchaser records breaches, terminates and renews (续签).
 */
@Path("/api/v1/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ContractResource {

    private final Contracts contracts;
    private final ContractDrafts drafts;
    private final ContractSigning signing;
    private final ContractEnd end;
    private final ContractAccess access;
    private final Clock clock;

    ContractResource(Contracts contracts, ContractDrafts drafts, ContractSigning signing, ContractEnd end,
            ContractAccess access, Clock clock) {
        this.contracts = contracts;
        this.drafts = drafts;
        this.signing = signing;
        this.end = end;
        this.access = access;
        this.clock = clock;
    }

    /** The caller's contracts: its department's as a purchaser, its own as a supplier. */
    @GET
    @RolesAllowed({ "purchaser", "supplier" })
    public PageView<ContractView> list(@QueryParam("status") ContractStatus status,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        Paging paging = new Paging(page, size);
        if (access.hasRole("purchaser")) {
            String org = access.claims().orgCode().orElseThrow(() -> new ForbiddenException("the token names no organisation (claim org_code)"));
            String region = access.claims().region().orElseThrow(() -> new ForbiddenException("the token names no region (claim region)"));
            return contracts.ofOrganisation(org, region, status, paging).map(this::view);
        }
        String uscc = access.claims().uscc().orElseThrow(() -> new ForbiddenException("the token names no supplier (claim uscc)"));
        return contracts.ofSupplier(uscc, paging).map(this::view);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({ "purchaser", "supplier", "finance", "auditor" })
    public ContractView get(@PathParam("id") UUID id) {
        Contract contract = contracts.require(id);
        access.requireMaySee(contract);
        return view(contract);
    }

    /** The purchaser completes the draft: clauses, a shorter term, funding shares, deliverables, milestones, schedule. */
    @PUT
    @Path("/{id}/draft")
    @RolesAllowed("purchaser")
    public ContractView changeDraft(@PathParam("id") UUID id, @Valid @NotNull ContractRequests.DraftChanges changes) {
        access.requireOwns(contracts.require(id));
        return view(drafts.change(id, changes.toChanges()));
    }

    @PUT
    @Path("/{id}/bank-account")
    @RolesAllowed("supplier")
    public ContractView bankAccount(@PathParam("id") UUID id, @Valid @NotNull ContractRequests.BankAccount request) {
        access.requireSupplier(contracts.require(id));
        return view(drafts.setBankAccount(id, request.account()));
    }

    /** Signs as the caller's party: the purchasing department, or the supplier (a consortium's lead). */
    @POST
    @Path("/{id}/signatures")
    @RolesAllowed({ "purchaser", "supplier" })
    public ContractView sign(@PathParam("id") UUID id) {
        Contract contract = contracts.require(id);
        access.requireMaySee(contract);
        return view(signing.sign(id, access.signingParty(contract), access.actor()));
    }

    /** 备案: the purchaser submits the signed contract to finance. */
    @POST
    @Path("/{id}/filing")
    @RolesAllowed("purchaser")
    public ContractView file(@PathParam("id") UUID id) {
        access.requireOwns(contracts.require(id));
        return view(signing.submitFiling(id, access.actor()));
    }

    @POST
    @Path("/{id}/filing/confirmation")
    @RolesAllowed("finance")
    public ContractView confirmFiling(@PathParam("id") UUID id) {
        access.requireFinanceOver(contracts.require(id));
        return view(signing.confirmFiling(id, access.actor()));
    }

    @POST
    @Path("/{id}/filing/return")
    @RolesAllowed("finance")
    public ContractView returnFiling(@PathParam("id") UUID id, @Valid @NotNull ContractRequests.Reason request) {
        access.requireFinanceOver(contracts.require(id));
        return view(signing.returnFiling(id, request.reason().strip()));
    }

    /** 续签: a new draft with the same supplier by single source, linked to this contract. */
    @IdempotentCreate
    @POST
    @Path("/{id}/renewal")
    @RolesAllowed("purchaser")
    public Response renew(@PathParam("id") UUID id, @Valid @NotNull ContractRequests.Renewal request) {
        access.requireOwns(contracts.require(id));
        Contract renewal = drafts.renew(id, request.serviceStartsOn(), request.serviceEndsOn(), new Money(request.amount()));
        return Response.created(URI.create("/api/v1/contracts/" + renewal.id)).entity(view(renewal)).build();
    }

    @POST
    @Path("/{id}/breaches")
    @RolesAllowed("purchaser")
    public Response breach(@PathParam("id") UUID id, @Valid @NotNull ContractRequests.Breach request) {
        access.requireOwns(contracts.require(id));
        Breach breach = end.recordBreach(id, request.severity(), request.description().strip(), request.occurredOn(),
                access.actor());
        return Response.status(Response.Status.CREATED).entity(new BreachView(breach.id, breach.severity.name(),
                breach.description, breach.occurredOn, breach.recordedAt)).build();
    }

    @POST
    @Path("/{id}/termination")
    @RolesAllowed("purchaser")
    public ContractView terminate(@PathParam("id") UUID id, @Valid @NotNull ContractRequests.Termination request) {
        access.requireOwns(contracts.require(id));
        return view(end.terminate(id, request.cause(), request.reason().strip()));
    }

    private ContractView view(Contract c) {
        boolean supplier = access.supplierParty(c) && !access.owns(c);
        boolean bank = access.owns(c) || (access.hasRole("supplier") && c.supplierUscc.equals(access.claims().uscc().orElse(null)))
                || (access.hasRole("finance") && access.oversees(c));
        return ContractView.of(c, clock.instant(), bank, !supplier);
    }
}
