package org.govbuy.tender.service;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.govbuy.tender.config.TenderConfig;
import org.govbuy.tender.domain.OversightReport;
import org.govbuy.tender.domain.ProcurementMethod;

/** The oversight report of a fiscal year over a jurisdiction (and one department, when given), read in two queries. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class OversightReports {

    private final EntityManager entityManager;
    private final BigDecimal goal;

    OversightReports(EntityManager entityManager, TenderConfig config) {
        this.entityManager = entityManager;
        this.goal = config.oversight().socialOrganisationGoal();
    }

    /** {@code regionPrefix}: the jurisdiction's division-code prefix; {@code orgCode} null for every department. */
    public OversightReport.Report of(int fiscalYear, String regionPrefix, String orgCode) {
        String department = orgCode == null ? "" : " AND t.org_code = :org";
        Query awards = entityManager.createNativeQuery("""
                SELECT t.region, t.org_code, t.method, s.organisation_type, a.price
                FROM lot_award a JOIN tender t ON t.id = a.tender_id
                LEFT JOIN supplier_projection s ON s.uscc = a.lead_uscc
                WHERE a.status = 'FINAL' AND t.fiscal_year = :year AND t.region LIKE :prefix""" + department);
        Query outcomes = entityManager.createNativeQuery("""
                SELECT t.region, t.org_code, l.status = 'FAILED'
                FROM tender_lot l JOIN tender t ON t.id = l.tender_id
                WHERE l.status IN ('AWARDED', 'FAILED') AND t.fiscal_year = :year AND t.region LIKE :prefix""" + department);
        for (Query q : List.of(awards, outcomes)) {
            q.setParameter("year", fiscalYear).setParameter("prefix", regionPrefix + "%");
            if (orgCode != null) {
                q.setParameter("org", orgCode);
            }
        }
        List<OversightReport.Award> awarded = rows(awards).stream().map(r -> new OversightReport.Award(text(r[0]),
                (String) r[1], ProcurementMethod.valueOf((String) r[2]), (String) r[3], (BigDecimal) r[4])).toList();
        List<OversightReport.LotOutcome> settled = rows(outcomes).stream()
                .map(r -> new OversightReport.LotOutcome(text(r[0]), (String) r[1], (Boolean) r[2])).toList();
        return OversightReport.of(fiscalYear, goal, awarded, settled);
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(Query query) {
        return query.getResultList();
    }

    /** region is char(6): read as text whatever the driver hands back. */
    private static String text(Object value) {
        return value.toString().strip();
    }
}
