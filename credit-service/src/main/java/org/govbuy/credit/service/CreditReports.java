package org.govbuy.credit.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.govbuy.platform.rest.PageView;
import org.govbuy.platform.text.NameText;
import org.govbuy.platform.rest.Paging;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

import org.govbuy.credit.domain.AbnormalListing;
import org.govbuy.credit.domain.CreditScore;
import org.govbuy.credit.domain.Debarment;
import org.govbuy.credit.domain.Eligibility;
import org.govbuy.credit.domain.Supplier;

/** Reads for credit reports and the public disclosure of suppliers. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class CreditReports {

    /** What is public about a supplier's standing today. */
    public record PublicStanding(Supplier supplier, Optional<Debarment> debarment, Optional<AbnormalListing> listing) {
    }

    /** Everything about a supplier, for those who choose, review or audit suppliers. */
    public record FullReport(Supplier supplier, CreditScore score, Eligibility.Facts facts) {
    }

    private final SupplierFacts facts;
    private final CreditAssessment assessment;

    CreditReports(SupplierFacts facts, CreditAssessment assessment) {
        this.facts = facts;
        this.assessment = assessment;
    }

    public FullReport fullReport(String uscc) {
        Supplier supplier = facts.require(uscc);
        return new FullReport(supplier, assessment.scoreOf(uscc), facts.of(uscc));
    }

    public PublicStanding publicStanding(String uscc) {
        return publicStandingOf(facts.require(uscc));
    }

    /**
     * Suppliers whose code starts with {@code query} or whose name contains it (any script:
     * 敬老 finds 星光敬老协会), whatever the width, case or quote style of either. An empty query
     * lists everyone.
     */
    public PageView<PublicStanding> search(String query, Paging paging) {
        String text = query == null ? "" : query.strip();
        String pattern = "%" + escapeLike(NameText.searchKey(text)) + "%";
        String codePrefix = escapeLike(text.toUpperCase(Locale.ROOT)) + "%";
        var found = Supplier.find("uscc like ?1 escape '\\' or nameKey like ?2 escape '\\'",
                Sort.by("name").and("uscc"), codePrefix, pattern);
        List<Supplier> suppliers = found.page(Page.of(paging.page(), paging.size())).list();
        List<String> codes = suppliers.stream().map(s -> s.uscc).toList();
        // two queries for the whole page, not two per supplier
        LocalDate today = facts.today();
        Map<String, List<Debarment>> debarments = Debarment.<Debarment>list("uscc in ?1", codes).stream()
                .collect(Collectors.groupingBy(d -> d.uscc));
        Map<String, List<AbnormalListing>> listings = AbnormalListing.<AbnormalListing>list("uscc in ?1", codes)
                .stream().collect(Collectors.groupingBy(l -> l.uscc));
        List<PublicStanding> standings = suppliers.stream().map(s -> new PublicStanding(s,
                debarments.getOrDefault(s.uscc, List.of()).stream().filter(d -> d.activeOn(today)).findFirst(),
                listings.getOrDefault(s.uscc, List.of()).stream().filter(l -> l.activeOn(today)).findFirst()))
                .toList();
        return new PageView<>(standings, paging.page(), paging.size(), found.count());
    }

    private PublicStanding publicStandingOf(Supplier supplier) {
        LocalDate today = facts.today();
        return new PublicStanding(supplier,
                facts.debarments(supplier.uscc).stream().filter(d -> d.activeOn(today)).findFirst(),
                facts.listings(supplier.uscc).stream().filter(l -> l.activeOn(today)).findFirst());
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
