package org.govbuy.credit.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.govbuy.platform.rest.PageView;
import org.govbuy.platform.rest.Paging;
import org.govbuy.credit.service.CreditReports;

/** Public disclosure of suppliers (公开): no token, no evidence, no internal notes. */
@Path("/api/v1/public/suppliers")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicSupplierResource {

    private final CreditReports reports;

    PublicSupplierResource(CreditReports reports) {
        this.reports = reports;
    }

    /** Search by code prefix or any part of the name (e.g. 敬老), a page at a time. */
    @GET
    public PageView<PublicSupplierView> search(@QueryParam("q") @Size(max = 100) String query,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        return reports.search(query, new Paging(page, size)).map(PublicSupplierView::of);
    }

    @GET
    @Path("/{uscc}")
    public PublicSupplierView profile(@PathParam("uscc") String uscc) {
        return PublicSupplierView.of(reports.publicStanding(uscc));
    }
}
