package org.govbuy.tender.config;

import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.govbuy.platform.time.CalendarConfig;
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
}
