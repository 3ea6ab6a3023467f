package org.govbuy.contract.service;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.govbuy.contract.domain.Contract;
import org.govbuy.contract.domain.FundingLevel;
import org.govbuy.contract.domain.FundingShare;
import org.govbuy.contract.domain.Money;
import org.govbuy.platform.security.Jurisdiction;

/**
 * The funding split reported per level of government and per fiscal year: for one contract (its
 * shares, what each level carries of the amount and has paid), and for finance over its
 * jurisdiction (what each level paid in a fiscal year).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class FundingReports {

    public record LevelTotal(FundingLevel level, BigDecimal weight, BigDecimal carries, BigDecimal paid) {
    }

    public record YearLevelPaid(int fiscalYear, FundingLevel level, BigDecimal paid) {
    }

    public record ContractFunding(List<LevelTotal> levels, List<YearLevelPaid> paidByYear) {
    }

    public ContractFunding of(Contract contract) {
        List<Money> carries = FundingShare.split(contract.amount, contract.fundingShares);
        List<YearLevelPaid> byYear = paidByYear("contract_id = ?1", contract.id);
        List<LevelTotal> levels = new ArrayList<>();
        for (int i = 0; i < contract.fundingShares.size(); i++) {
            FundingShare share = contract.fundingShares.get(i);
            BigDecimal paid = byYear.stream().filter(y -> y.level() == share.level()).map(YearLevelPaid::paid)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            levels.add(new LevelTotal(share.level(), share.weight(), carries.get(i).amount(), paid.setScale(2)));
        }
        return new ContractFunding(levels, byYear);
    }

    /** What each level paid in {@code fiscalYear} on the contracts of the caller's jurisdiction. */
    public List<YearLevelPaid> ofJurisdiction(String region, int fiscalYear) {
        return paidByYear("contract_id IN (SELECT id FROM contract WHERE region LIKE ?1) AND fiscal_year = ?2",
                Jurisdiction.scopePrefix(region) + "%", fiscalYear);
    }

    @SuppressWarnings("unchecked")
    private static List<YearLevelPaid> paidByYear(String where, Object... parameters) {
        var query = Contract.getEntityManager().createNativeQuery("SELECT fiscal_year, level, sum(amount) FROM payment_share WHERE "
                + where + " GROUP BY fiscal_year, level ORDER BY fiscal_year, level");
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(r -> new YearLevelPaid(((Number) r[0]).intValue(), FundingLevel.valueOf((String) r[1]),
                ((BigDecimal) r[2]).setScale(2))).toList();
    }
}
