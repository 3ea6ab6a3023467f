package org.govbuy.contract.rest;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.govbuy.contract.domain.Contract;
import org.govbuy.contract.rest.ContractViews.PublicContractView;
import org.govbuy.contract.service.Contracts;
import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.platform.rest.PageView;
import org.govbuy.platform.rest.Paging;

/** 合同公开: signed contracts' key terms, once published (at filing, or at the publication deadline). No token. */
@Path("/api/v1/public/contracts")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicContractResource {

    private final Contracts contracts;

    PublicContractResource(Contracts contracts) {
        this.contracts = contracts;
    }

    @GET
    public PageView<PublicContractView> list(@QueryParam("region") @jakarta.validation.constraints.Pattern(
            regexp = "[0-9]{6}", message = "must be a 6-digit division code") String region,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return contracts.published(region, new Paging(page, size)).map(PublicContractView::of);
    }

    @GET
    @Path("/{id}")
    public PublicContractView get(@PathParam("id") UUID id) {
        Contract contract = contracts.require(id);
        if (contract.publishedAt == null) {
            throw new NotFoundProblem("no published contract " + id);
        }
        return PublicContractView.of(contract);
    }
}
