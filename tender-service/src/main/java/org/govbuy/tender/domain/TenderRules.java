package org.govbuy.tender.domain;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Map;

/**
 * The rule parameters of tendering (national defaults in configuration, versioned with it): minimum
 * periods per method, when an amendment pushes the deadline out, the clarification cut-off, how
 * many valid bids a lot needs, and the smallest price weight in comprehensive scoring.
 *
 * @param openTenderMinDays              公开招标: announcement to bid deadline, calendar days (20)
 * @param invitedTenderMinDays           邀请招标: likewise (20)
 * @param negotiationMinWorkingDays      竞争性谈判: working days (3)
 * @param singleSourceNoticeWorkingDays  单一来源: the public notice period, working days (5)
 * @param amendmentMinDaysLeft           an amendment with fewer days left before the deadline pushes it out to this (15)
 * @param clarificationCutoffDays        questions close this many days before the deadline (3)
 * @param minimumValidBids               per method: fewer valid bids and the lot fails (流标)
 * @param minimumPriceWeight             comprehensive scoring: the price weight for services, percent (10)
 * @param majorViolationLookBack         no major violation this long before the bid deadline (P3Y, seed 000 §五)
 * @param inspectionSeasonEnds           annual inspections for last year are due by this day (--06-30)
 * @param zone                           where calendar days and working days are counted
 */
public record TenderRules(int openTenderMinDays, int invitedTenderMinDays, int negotiationMinWorkingDays,
        int singleSourceNoticeWorkingDays, int amendmentMinDaysLeft, int clarificationCutoffDays,
        Map<ProcurementMethod, Integer> minimumValidBids, BigDecimal minimumPriceWeight, java.time.Period majorViolationLookBack,
        java.time.MonthDay inspectionSeasonEnds, ZoneId zone) {

    public TenderRules {
        minimumValidBids = Map.copyOf(minimumValidBids);
    }

    public int minimumValidBids(ProcurementMethod method) {
        return minimumValidBids.getOrDefault(method, 1);
    }
}
