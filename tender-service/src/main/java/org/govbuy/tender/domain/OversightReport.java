package org.govbuy.tender.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Finance's and auditors' view of a fiscal year's purchases (ADR 36), per region and department and
 * in total: the amounts awarded (final awards only) by procurement method and by the winner's
 * organisation type, the share that went to social organisations (社会组织) against the goal
 * (30% by default, Beijing 2017 §三.2), the single-source share and the failed-lot rate (failed
 * lots of all lots that reached an outcome). Shares to four decimals; none when nothing counts.
 */
public final class OversightReport {

    private OversightReport() {
    }

    /** A final award: where, for whom, how bought, to what kind of organisation, for how much. */
    public record Award(String region, String orgCode, ProcurementMethod method, String organisationType, BigDecimal amount) {
    }

    /** A lot that reached an outcome: awarded, or failed (流标/废标). */
    public record LotOutcome(String region, String orgCode, boolean failed) {
    }

    public record Figures(String region, String orgCode, BigDecimal awarded, int awards, Map<String, BigDecimal> byMethod,
            Map<String, BigDecimal> byOrganisationType, BigDecimal socialOrganisationAmount, BigDecimal socialOrganisationShare,
            Boolean socialOrganisationGoalMet, BigDecimal singleSourceShare, int settledLots, int failedLots,
            BigDecimal failedLotRate) {
    }

    public record Report(int fiscalYear, BigDecimal socialOrganisationGoal, Figures total, List<Figures> departments) {
    }

    public static Report of(int fiscalYear, BigDecimal goal, List<Award> awards, List<LotOutcome> outcomes) {
        TreeMap<String, String[]> departments = new TreeMap<>();
        awards.forEach(a -> departments.put(a.region() + "/" + a.orgCode(), new String[] { a.region(), a.orgCode() }));
        outcomes.forEach(o -> departments.put(o.region() + "/" + o.orgCode(), new String[] { o.region(), o.orgCode() }));
        List<Figures> rows = new ArrayList<>();
        for (String[] d : departments.values()) {
            rows.add(figures(d[0], d[1], goal, awards.stream().filter(a -> a.region().equals(d[0]) && a.orgCode().equals(d[1]))
                    .toList(), outcomes.stream().filter(o -> o.region().equals(d[0]) && o.orgCode().equals(d[1])).toList()));
        }
        return new Report(fiscalYear, goal, figures(null, null, goal, awards, outcomes), rows);
    }

    private static Figures figures(String region, String orgCode, BigDecimal goal, List<Award> awards,
            List<LotOutcome> outcomes) {
        BigDecimal total = sum(awards, a -> true);
        Map<String, BigDecimal> byMethod = new TreeMap<>();
        Map<String, BigDecimal> byType = new TreeMap<>();
        for (Award a : awards) {
            byMethod.merge(a.method().name(), a.amount(), BigDecimal::add);
            byType.merge(a.organisationType() == null ? "UNKNOWN" : a.organisationType(), a.amount(), BigDecimal::add);
        }
        BigDecimal social = sum(awards, a -> {
            SupplierKind kind = SupplierKind.of(a.organisationType());
            return kind != null && kind.isSocialOrganisation();
        });
        BigDecimal socialShare = share(social, total);
        BigDecimal singleSource = share(sum(awards, a -> a.method() == ProcurementMethod.SINGLE_SOURCE), total);
        int failed = (int) outcomes.stream().filter(LotOutcome::failed).count();
        return new Figures(region, orgCode, total, awards.size(), byMethod, byType, social, socialShare,
                socialShare == null ? null : socialShare.compareTo(goal) >= 0, singleSource, outcomes.size(), failed,
                share(BigDecimal.valueOf(failed), BigDecimal.valueOf(outcomes.size())));
    }

    private static BigDecimal sum(List<Award> awards, Predicate<Award> which) {
        return awards.stream().filter(which).map(Award::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.UNNECESSARY);
    }

    private static BigDecimal share(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, 4, RoundingMode.HALF_UP);
    }
}
