package org.govbuy.credit.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import io.quarkus.security.Authenticated;

import org.govbuy.credit.domain.Eligibility;
import org.govbuy.credit.domain.OrganisationType;
import org.govbuy.credit.domain.RatingLevel;
import org.govbuy.credit.rest.CreditViews.ComplianceView;
import org.govbuy.credit.rest.CreditViews.CreditReportView;
import org.govbuy.credit.rest.CreditViews.DebarmentView;
import org.govbuy.credit.rest.CreditViews.InspectionView;
import org.govbuy.credit.service.CivilAffairsRecords;
import org.govbuy.credit.service.CreditRecords;
import org.govbuy.credit.service.CreditReports;
import org.govbuy.credit.service.Debarments;
import org.govbuy.credit.service.EligibilityCheck;
import org.govbuy.credit.service.SupplierFacts;

/**
 * A supplier's standing: rating, annual inspections, tax and social-insurance standing, the
 * blacklist, eligibility to compete, and the full credit report.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CreditStandingResource {

    private final CivilAffairsRecords civilAffairs;
    private final Debarments debarments;
    private final EligibilityCheck eligibility;
    private final CreditReports reports;
    private final CreditRecords records;
    private final SupplierFacts facts;
    private final CreditAccess access;

    CreditStandingResource(CivilAffairsRecords civilAffairs, Debarments debarments, EligibilityCheck eligibility,
            CreditReports reports, CreditRecords records, SupplierFacts facts, CreditAccess access) {
        this.civilAffairs = civilAffairs;
        this.debarments = debarments;
        this.eligibility = eligibility;
        this.reports = reports;
        this.records = records;
        this.facts = facts;
        this.access = access;
    }

    @PUT
    @Path("/suppliers/{uscc}/rating")
    @RolesAllowed("civil-affairs")
    public SupplierView rate(@PathParam("uscc") String uscc, @Valid @NotNull CreditRequests.Rate request) {
        access.requireRegistrarOf(uscc);
        return SupplierView.of(civilAffairs.rate(uscc, request.level(), request.ratedOn(), request.authority().strip(),
                access.actor()));
    }

    @PUT
    @Path("/suppliers/{uscc}/inspections/{year}")
    @RolesAllowed("civil-affairs")
    public InspectionView recordInspection(@PathParam("uscc") String uscc, @PathParam("year") int year,
            @Valid @NotNull CreditRequests.RecordInspection request) {
        access.requireRegistrarOf(uscc);
        return InspectionView.of(civilAffairs.recordInspection(uscc, year, request.result(),
                request.concludedOn(), access.actor()));
    }

    @POST
    @Path("/suppliers/{uscc}/compliance")
    @RolesAllowed({ "civil-affairs", "finance" })
    public ComplianceView recordCompliance(@PathParam("uscc") String uscc,
            @Valid @NotNull CreditRequests.RecordCompliance request) {
        access.requireRegistrarOf(uscc);
        return ComplianceView.of(civilAffairs.recordCompliance(uscc, request.kind(), request.inGoodStanding(),
                request.asOf(), request.evidenceReference(), access.actor()));
    }

    @GET
    @Path("/suppliers/{uscc}/debarments")
    @Authenticated
    public List<DebarmentView> debarments(@PathParam("uscc") String uscc) {
        access.requireMayRead(uscc);
        facts.require(uscc);
        return debarments.of(uscc).stream().map(DebarmentView::of).toList();
    }

    @POST
    @Path("/credit/debarments/{id}/reinstatement")
    @RolesAllowed({ "civil-affairs", "finance" })
    public DebarmentView reinstate(@PathParam("id") UUID id, @Valid @NotNull CreditRequests.Reason request) {
        // the debarment follows a record: the officials who answer for that record decide
        var debarment = debarments.require(id);
        access.requireActsFor(debarment.recordId != null ? records.regionAnswerableFor(debarment.recordId)
                : facts.require(debarment.uscc).region);
        return DebarmentView.of(debarments.reinstate(id, request.reason(), access.actor()));
    }

    /**
     * May the supplier compete on {@code on} (default today), and if not, every reason why; with a
     * tender's requirements (admitted organisation types, a minimum rating) checked too. A supplier
     * may ask about itself, to see before bidding what a purchaser will see.
     */
    @GET
    @Path("/suppliers/{uscc}/eligibility")
    @RolesAllowed({ "purchaser", "finance", "auditor", "civil-affairs", "supplier" })
    public EligibilityCheck.Answer eligibility(@PathParam("uscc") String uscc, @QueryParam("on") LocalDate on,
            @QueryParam("organisationType") Set<OrganisationType> organisationTypes,
            @QueryParam("minimumRating") RatingLevel minimumRating) {
        if (!access.isOfficial()) {
            access.requireSupplierItself(uscc);
        }
        return eligibility.check(uscc, on != null ? on : facts.today(),
                new Eligibility.Requirements(organisationTypes, minimumRating), access.actor());
    }

    @GET
    @Path("/credit/eligibility-snapshots/{id}")
    @RolesAllowed({ "purchaser", "finance", "auditor", "civil-affairs" })
    public EligibilityCheck.Answer snapshot(@PathParam("id") UUID id) {
        return eligibility.snapshot(id);
    }

    /** The full credit report (信用报告): records with evidence, score with its explanation, history. */
    @GET
    @Path("/suppliers/{uscc}/credit-report")
    @Authenticated
    public CreditReportView report(@PathParam("uscc") String uscc) {
        access.requireMayRead(uscc);
        return CreditReportView.of(reports.fullReport(uscc), access.visibilityOf(uscc),
                record -> records.trailOf(record.id));
    }
}
