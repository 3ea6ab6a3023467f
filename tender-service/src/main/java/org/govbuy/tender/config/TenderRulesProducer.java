package org.govbuy.tender.config;

import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.govbuy.platform.time.CalendarConfig;
import org.govbuy.tender.domain.AwardRules;
import org.govbuy.tender.domain.CommitteeRules;
import org.govbuy.tender.domain.CreditCriterion;
import org.govbuy.tender.domain.PriceJustification;
import org.govbuy.tender.domain.ProcurementMethod;
import org.govbuy.tender.domain.TenderRules;

/** The tendering rules as the domain reads them, from configuration. */
public class TenderRulesProducer {

    @Produces
    @Singleton
    TenderRules rules(TenderConfig config, CalendarConfig calendar) {
        TenderConfig.Rules r = config.rules();
        Map<ProcurementMethod, Integer> minimum = new EnumMap<>(ProcurementMethod.class);
        r.minimumValidBids().forEach((method, count) -> minimum.put(ProcurementMethod.valueOf(method), count));
        return new TenderRules(r.openTenderMinDays(), r.invitedTenderMinDays(), r.negotiationMinWorkingDays(),
                r.singleSourceNoticeWorkingDays(), r.amendmentMinDaysLeft(), r.clarificationCutoffDays(), minimum,
                r.minimumPriceWeight(), r.majorViolationLookBack(), r.inspectionSeasonEnds(), calendar.zone());
    }

    @Produces
    @Singleton
    PriceJustification.Rule lowPriceRule(TenderConfig config) {
        return new PriceJustification.Rule(config.lowPrice().share(), config.lowPrice().justificationPeriod());
    }

    @Produces
    @Singleton
    CreditCriterion creditCriterion(TenderConfig config) {
        return new CreditCriterion(config.creditCriterion().factors());
    }

    @Produces
    @Singleton
    AwardRules awardRules(TenderConfig config, CalendarConfig calendar) {
        TenderConfig.Award a = config.award();
        return new AwardRules(a.publicityWorkingDays(), a.challengeWorkingDays(), a.answerWorkingDays(), a.declinationDays(),
                calendar.zone());
    }

    @Produces
    @Singleton
    CommitteeRules committeeRules(TenderConfig config) {
        TenderConfig.Committee c = config.committee();
        String[] share = c.minimumExpertShare().split("/");
        if (share.length != 2) {
            throw new IllegalArgumentException("govbuy.tender.committee.minimum-expert-share is a fraction such as 2/3, not "
                    + c.minimumExpertShare());
        }
        return new CommitteeRules(c.minimumMembers(), c.largeBudgetMembers(), c.largeBudget(),
                Integer.parseInt(share[0].strip()), Integer.parseInt(share[1].strip()));
    }
}
