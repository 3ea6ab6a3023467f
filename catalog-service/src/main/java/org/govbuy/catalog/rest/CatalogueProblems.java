package org.govbuy.catalog.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import org.govbuy.catalog.domain.CatalogueVersion;
import org.govbuy.catalog.service.Catalogues;
import org.govbuy.platform.error.Problem;

/** Catalogue-specific errors as problem+json. */
public class CatalogueProblems {

    /** Every bad entry with its line and field; nothing was stored. */
    @ServerExceptionMapper
    public Response invalidEntries(Catalogues.InvalidEntries e, UriInfo uri) {
        return Problem.invalid(e.getMessage() + "; nothing was stored", e.problems().stream()
                .map(p -> new Problem.Violation(p.field(), p.rule(), p.line())).toList())
                .at(uri.getPath()).toResponse();
    }

    @ServerExceptionMapper
    public Response fourEyes(CatalogueVersion.FourEyesViolation e, UriInfo uri) {
        return Problem.of(403, "Forbidden", e.getMessage()).at(uri.getPath()).toResponse();
    }
}
