package org.govbuy.tender.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.tender.service.SupplierProjector;

/**
 * The supplier projection, read-only, for those who choose suppliers (purchasers), review them
 * (finance) and audit.
 */
@Path("/api/v1/tenders/suppliers")
@Produces(MediaType.APPLICATION_JSON)
public class SupplierProjectionResource {

    private final SupplierProjector projector;

    SupplierProjectionResource(SupplierProjector projector) {
        this.projector = projector;
    }

    @GET
    @Path("/{uscc}")
    @RolesAllowed({ "purchaser", "finance", "auditor" })
    public SupplierProjectionView get(@PathParam("uscc") String uscc) {
        return projector.find(uscc).map(SupplierProjectionView::of)
                .orElseThrow(() -> new NotFoundProblem("tender-service knows no supplier " + uscc));
    }
}
