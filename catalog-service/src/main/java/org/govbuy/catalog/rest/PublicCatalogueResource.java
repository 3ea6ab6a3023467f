package org.govbuy.catalog.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.govbuy.catalog.rest.CatalogueViews.EntryView;
import org.govbuy.catalog.rest.CatalogueViews.Found;
import org.govbuy.catalog.rest.CatalogueViews.PublicVersionView;
import org.govbuy.catalog.rest.CatalogueViews.TreeNode;
import org.govbuy.catalog.service.CatalogueSearch;
import org.govbuy.catalog.service.Catalogues;
import org.govbuy.platform.error.NotFoundProblem;
import org.govbuy.platform.rest.PageView;
import org.govbuy.platform.rest.Paging;

/** Public disclosure of published catalogues (公开): no token needed. */
@Path("/api/v1/public/catalogues")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicCatalogueResource {

    private final CatalogueSearch search;
    private final Catalogues catalogues;

    PublicCatalogueResource(CatalogueSearch search, Catalogues catalogues) {
        this.search = search;
        this.catalogues = catalogues;
    }

    @GET
    public List<PublicVersionView> versions(
            @QueryParam("region") @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit division code")
            String region,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year) {
        return search.disclosedVersions(region, year).stream().map(PublicVersionView::of).toList();
    }

    @GET
    @Path("/{id}/tree")
    public List<TreeNode> tree(@PathParam("id") UUID id) {
        search.disclosed(id);
        return TreeNode.of(catalogues.entriesOf(id));
    }

    @GET
    @Path("/{id}/entries/{code}")
    public EntryView entry(@PathParam("id") UUID id, @PathParam("code") String code) {
        search.disclosed(id);
        return catalogues.entry(id, code).map(EntryView::of)
                .orElseThrow(() -> new NotFoundProblem("no entry " + code + " in catalogue version " + id));
    }

    /** Entries of catalogues in force, by code prefix or any part of a name (养老), with filters. */
    @GET
    @Path("/entries")
    public PageView<Found> searchEntries(@QueryParam("q") @Size(max = 100) String text,
            @QueryParam("region") @Pattern(regexp = "[0-9]{6}", message = "must be a 6-digit division code")
            String region,
            @QueryParam("year") @Min(2000) @Max(2100) Integer year,
            @QueryParam("category") @Size(max = 32) String category,
            @QueryParam("excluded") Boolean excluded,
            @QueryParam("preferSocialOrganisations") Boolean preferSocial,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        var found = search.search(new CatalogueSearch.Query(text, region, year, category, excluded, preferSocial,
                new Paging(page, size)));
        return found.map(f -> new Found(f.version().id, f.version().region, f.version().fiscalYear,
                EntryView.of(f.entry())));
    }
}
