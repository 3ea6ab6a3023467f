package org.govbuy.evaluation.rest;

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

import io.quarkus.security.Authenticated;

import org.govbuy.evaluation.domain.IndicatorTemplate;
import org.govbuy.evaluation.rest.EvaluationRequests.TemplateRequest;
import org.govbuy.evaluation.rest.EvaluationViews.TemplateView;
import org.govbuy.evaluation.service.Templates;
import org.govbuy.platform.idempotency.IdempotentCreate;

/** Indicator templates: finance (which leads budget performance) or civil affairs publishes; everyone signed in reads. */
@Path("/api/v1/evaluations/templates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TemplateResource {

    private final Templates templates;
    private final EvaluationAccess access;

    TemplateResource(Templates templates, EvaluationAccess access) {
        this.templates = templates;
        this.access = access;
    }

    @GET
    @Authenticated
    public List<TemplateView> list() {
        return templates.all().stream().map(TemplateView::of).toList();
    }

    @GET
    @Path("/{templateId}")
    @Authenticated
    public TemplateView get(@PathParam("templateId") UUID id) {
        return TemplateView.of(templates.require(id));
    }

    /** Publishes the next version of the template's code; 422 naming the rule if the weights do not sum to 100. */
    @POST
    @RolesAllowed({ "finance", "civil-affairs" })
    @IdempotentCreate
    public Response publish(@NotNull @Valid TemplateRequest request) {
        IndicatorTemplate t = templates.publish(request.code(), request.name(), request.toIndicators(), access.actor());
        return Response.created(URI.create("/api/v1/evaluations/templates/" + t.id)).entity(TemplateView.of(t)).build();
    }
}
