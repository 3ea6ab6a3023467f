package org.govbuy.contract.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

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

import org.govbuy.contract.domain.Amendment;
import org.govbuy.contract.domain.Contract;
import org.govbuy.contract.domain.Money;
import org.govbuy.contract.rest.ContractViews.AmendmentView;
import org.govbuy.contract.service.Amendments;
import org.govbuy.contract.service.Contracts;
import org.govbuy.platform.idempotency.IdempotentCreate;

/** Amendments (补充协议): the purchaser proposes, both parties sign, the purchaser re-files, finance confirms. */
@Path("/api/v1/contracts/{id}/amendments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AmendmentResource {

    private final Contracts contracts;
    private final Amendments amendments;
    private final ContractAccess access;

    AmendmentResource(Contracts contracts, Amendments amendments, ContractAccess access) {
        this.contracts = contracts;
        this.amendments = amendments;
        this.access = access;
    }

    @GET
    @RolesAllowed({ "purchaser", "supplier", "finance", "auditor" })
    public List<AmendmentView> list(@PathParam("id") UUID id) {
        access.requireMaySee(contracts.require(id));
        return amendments.amendments(id).stream().map(AmendmentView::of).toList();
    }

    @IdempotentCreate
    @POST
    @RolesAllowed("purchaser")
    public Response propose(@PathParam("id") UUID id, @Valid @NotNull ContractRequests.AmendmentProposal request) {
        access.requireOwns(contracts.require(id));
        Amendment amendment = amendments.propose(id, new Amendments.Proposal(request.reason().strip(),
                request.newAmount() == null ? null : new Money(request.newAmount()), request.newEndsOn(),
                request.clauseChanges(), request.installments()), access.actor());
        return Response.created(URI.create("/api/v1/contracts/" + id + "/amendments/" + amendment.number))
                .entity(AmendmentView.of(amendment)).build();
    }

    @POST
    @Path("/{number}/signatures")
    @RolesAllowed({ "purchaser", "supplier" })
    public AmendmentView sign(@PathParam("id") UUID id, @PathParam("number") int number) {
        Contract contract = contracts.require(id);
        access.requireMaySee(contract);
        return AmendmentView.of(amendments.sign(id, number, access.signingParty(contract), access.actor()));
    }

    @POST
    @Path("/{number}/filing")
    @RolesAllowed("purchaser")
    public AmendmentView file(@PathParam("id") UUID id, @PathParam("number") int number) {
        access.requireOwns(contracts.require(id));
        return AmendmentView.of(amendments.submitFiling(id, number));
    }

    @POST
    @Path("/{number}/filing/confirmation")
    @RolesAllowed("finance")
    public AmendmentView confirm(@PathParam("id") UUID id, @PathParam("number") int number) {
        access.requireFinanceOver(contracts.require(id));
        return AmendmentView.of(amendments.confirmFiling(id, number, access.actor()));
    }

    @POST
    @Path("/{number}/withdrawal")
    @RolesAllowed("purchaser")
    public AmendmentView withdraw(@PathParam("id") UUID id, @PathParam("number") int number) {
        access.requireOwns(contracts.require(id));
        return AmendmentView.of(amendments.withdraw(id, number));
    }
}
