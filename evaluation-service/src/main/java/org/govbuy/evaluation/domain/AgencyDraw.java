package org.govbuy.evaluation.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.govbuy.platform.draw.SeededDraw;

/**
 * The draw of an evaluation's agency (ADR 45): among active agencies with the required
 * qualification and a specialty covering the contract's catalogue code, not tied to the supplier
 * or any consortium member, and with fewer open assignments than the limit, the first in the
 * order of the recorded seed ({@link SeededDraw}). Every agency left out is recorded with why.
 */
public record AgencyDraw(String seed, List<String> candidates, Map<String, String> exclusions, Optional<String> drawn) {

    /** Rules of eligibility from configuration. */
    public record Rules(String requiredQualification, int maxOpenAssignments) {
    }

    public static AgencyDraw draw(String seed, List<Agency> pool, ContractRecord contract, Map<String, Long> openAssignments,
            Rules rules) {
        List<String> candidates = new ArrayList<>();
        Map<String, String> exclusions = new LinkedHashMap<>();
        for (Agency agency : pool) {
            exclusionOf(agency, contract, openAssignments.getOrDefault(agency.id, 0L), rules)
                    .ifPresentOrElse(why -> exclusions.put(agency.id, why), () -> candidates.add(agency.id));
        }
        List<String> order = SeededDraw.order(seed, candidates);
        return new AgencyDraw(seed, order, exclusions, order.stream().findFirst());
    }

    static Optional<String> exclusionOf(Agency agency, ContractRecord contract, long open, Rules rules) {
        if (agency.status != Agency.Status.ACTIVE) {
            return Optional.of(agency.status + ": " + agency.statusReason);
        }
        if (!agency.qualifications.contains(rules.requiredQualification())) {
            return Optional.of("lacks the qualification " + rules.requiredQualification());
        }
        if (!agency.evaluates(contract.subItemCode)) {
            return Optional.of("no specialty covers " + contract.subItemCode);
        }
        if (agency.tiedToAny(contract.supplierParties())) {
            return Optional.of("tied to the supplier's side " + contract.supplierParties());
        }
        if (open >= rules.maxOpenAssignments()) {
            return Optional.of(open + " open assignments, the limit is " + rules.maxOpenAssignments());
        }
        return Optional.empty();
    }
}
