package org.govbuy.tender.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.govbuy.tender.service.PurchasableCatalogue;

/** "Is sub-item C purchasable in region R in year Y, and is it flagged prefer-social-organisations". */
@Path("/api/v1/tenders/catalogue-check")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueCheckResource {

    private final PurchasableCatalogue catalogue;

    CatalogueCheckResource(PurchasableCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @RolesAllowed({ "purchaser", "finance", "auditor" })
    public PurchasableCatalogue.Check check(
            @QueryParam("region") @NotNull @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit division code")
            String region,
            @QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @QueryParam("code") @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9.\\-]{0,31}",
                    message = "must be a catalogue code") String code) {
        return catalogue.check(region, year, code);
    }
}
