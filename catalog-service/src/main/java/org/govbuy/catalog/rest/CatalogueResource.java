package org.govbuy.catalog.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.Authenticated;

import org.govbuy.catalog.domain.CatalogueEntry;
import org.govbuy.catalog.domain.CatalogueVersion;
import org.govbuy.catalog.rest.CatalogueViews.DiffView;
import org.govbuy.catalog.rest.CatalogueViews.EntryView;
import org.govbuy.catalog.rest.CatalogueViews.ImportResult;
import org.govbuy.catalog.rest.CatalogueViews.VersionView;
import org.govbuy.catalog.service.CatalogueFormats;
import org.govbuy.catalog.service.Catalogues;
import org.govbuy.platform.security.GovBuyClaims;
import org.govbuy.platform.idempotency.IdempotentCreate;

/**
 * Drafting and reviewing catalogue versions: catalogue administrators draft, import and submit;
 * a second person in finance approves or returns (four eyes).
 */
@Path("/api/v1/catalogues")
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

    static final String CSV = "text/csv";

    private final Catalogues catalogues;
    private final CatalogueFormats formats;
    private final GovBuyClaims claims;

    CatalogueResource(Catalogues catalogues, CatalogueFormats formats, GovBuyClaims claims) {
        this.catalogues = catalogues;
        this.formats = formats;
        this.claims = claims;
    }

    @IdempotentCreate
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("catalog-admin")
    public Response draft(@Valid @NotNull CatalogueRequests.DraftVersion request) {
        claims.requireActsFor(request.region());
        CatalogueVersion version = catalogues.draft(request.region(), request.fiscalYear(), request.title().strip(),
                claims.actor());
        return Response.created(URI.create("/api/v1/catalogues/" + version.id)).entity(view(version)).build();
    }

    @IdempotentCreate
    @POST
    @Path("/{id}/next-year-draft")
    @RolesAllowed("catalog-admin")
    public Response copyToNextYear(@PathParam("id") UUID id) {
        actingOn(id);
        CatalogueVersion next = catalogues.copyToNextYear(id, claims.actor());
        return Response.created(URI.create("/api/v1/catalogues/" + next.id)).entity(view(next)).build();
    }

    @GET
    @Path("/{id}")
    @Authenticated
    public VersionView get(@PathParam("id") UUID id) {
        return view(catalogues.require(id));
    }

    /** The whole set of entries of a draft, from CSV (header row) or JSON (an array): all or nothing. */
    @PUT
    @Path("/{id}/entries")
    @Consumes({ CSV, MediaType.APPLICATION_JSON })
    @RolesAllowed("catalog-admin")
    public ImportResult importEntries(@PathParam("id") UUID id, @jakarta.ws.rs.HeaderParam("Content-Type") String type,
            byte[] body) {
        actingOn(id);
        String text = formats.decode(body, type);
        CatalogueFormats.Parsed parsed = type != null && type.startsWith(CSV) ? formats.fromCsv(text)
                : formats.fromJson(text);
        if (!parsed.problems().isEmpty()) {
            throw new Catalogues.InvalidEntries(parsed.problems());
        }
        return new ImportResult(id, catalogues.replaceEntries(id, parsed.entries(), parsed.lines(), claims.actor()));
    }

    @GET
    @Path("/{id}/entries")
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Authenticated
    public Response exportEntries(@PathParam("id") UUID id, @jakarta.ws.rs.HeaderParam("Accept") String accept) {
        catalogues.require(id);
        List<CatalogueEntry> entries = catalogues.entriesOf(id);
        if (accept != null && accept.contains(CSV)) {
            return Response.ok(formats.toCsv(entries), CSV + "; charset=UTF-8").build();
        }
        return Response.ok(entries.stream().map(EntryView::of).toList(), MediaType.APPLICATION_JSON).build();
    }

    @PUT
    @Path("/{id}/entries/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("catalog-admin")
    public EntryView putEntry(@PathParam("id") UUID id, @PathParam("code") String code,
            @NotNull CatalogueRequests.Entry request) {
        if (request.code() != null && !request.code().equals(code)) {
            throw new org.govbuy.platform.error.DomainRuleViolation("code", "must match the code in the path");
        }
        actingOn(id);
        return EntryView.of(catalogues.putEntry(id, request.toDraft(code), claims.actor()));
    }

    @DELETE
    @Path("/{id}/entries/{code}")
    @RolesAllowed("catalog-admin")
    public Response removeEntry(@PathParam("id") UUID id, @PathParam("code") String code) {
        actingOn(id);
        catalogues.removeEntry(id, code, claims.actor());
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/submission")
    @RolesAllowed("catalog-admin")
    public VersionView submit(@PathParam("id") UUID id) {
        actingOn(id);
        return view(catalogues.submit(id, claims.actor()));
    }

    /** What this revision changes and why, shown with the version and its diff. */
    @PUT
    @Path("/{id}/revision-note")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("catalog-admin")
    public VersionView describeRevision(@PathParam("id") UUID id, @Valid @NotNull CatalogueRequests.RevisionNote request) {
        actingOn(id);
        return view(catalogues.describeRevision(id, request.note(), claims.actor()));
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed("finance")
    public VersionView approve(@PathParam("id") UUID id) {
        actingOn(id);
        return view(catalogues.approve(id, claims.actor()));
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("finance")
    public VersionView returnToDraft(@PathParam("id") UUID id, @Valid @NotNull CatalogueRequests.Reason request) {
        actingOn(id);
        return view(catalogues.returnToDraft(id, claims.actor(), request.reason()));
    }

    /** What changed from version {@code against} to this one. */
    @GET
    @Path("/{id}/diff")
    @Authenticated
    public DiffView diff(@PathParam("id") UUID id, @QueryParam("against") @NotNull UUID against) {
        return DiffView.of(catalogues.diff(against, id), catalogues.require(id).revisionNote);
    }

    /** Writes are for officials of the version's region or a level above it (403 otherwise). */
    private void actingOn(UUID id) {
        claims.requireActsFor(catalogues.require(id).region);
    }

    private VersionView view(CatalogueVersion version) {
        return VersionView.of(version, CatalogueEntry.count("versionId", version.id));
    }
}
