package org.govbuy.credit.rest;

import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.govbuy.credit.service.PolicyVersions;
import org.govbuy.platform.error.NotFoundProblem;

/**
 * The scoring rules are public: every score names its policy version, and anyone can read what
 * that version's parameters were (base score, points, periods, level thresholds).
 */
@Path("/api/v1/public/credit-policies")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicCreditPolicyResource {

    public record PolicyVersionView(String version, Instant recordedAt, JsonNode parameters) {
    }

    private final PolicyVersions versions;
    private final ObjectMapper json;

    PublicCreditPolicyResource(PolicyVersions versions, ObjectMapper json) {
        this.versions = versions;
        this.json = json;
    }

    @GET
    @Path("/{version}")
    public PolicyVersionView version(@PathParam("version") String version) throws JsonProcessingException {
        var found = versions.find(version)
                .orElseThrow(() -> new NotFoundProblem("no credit policy version " + version));
        return new PolicyVersionView(found.version, found.recordedAt, json.readTree(found.parameters));
    }
}
