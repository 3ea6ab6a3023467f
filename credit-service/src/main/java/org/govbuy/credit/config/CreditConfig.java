package org.govbuy.credit.config;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.time.Period;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

/**
 * {@code govbuy.credit.*}: the versioned credit policy and the disclosure deadlines (working days
 * are counted with the platform's official calendar, {@code govbuy.calendar.years}). Defaults (from the sources) are in application.properties.
 */
@ConfigMapping(prefix = "govbuy.credit")
public interface CreditConfig {

    Policy policy();

    Disclosure disclosure();

    Debarment debarment();

    DailyRun dailyRun();

    /** When the daily run (disclosure deadlines, decay, debarments ending) starts. */
    interface DailyRun {
        /** Quartz cron in govbuy.calendar.zone, e.g. {@code 0 30 0 * * ?}. */
        String cron();
    }

    interface Policy {
        String version();

        BigDecimal baseScore();

        /** Points by severity: minor, general, serious, major (negative numbers). */
        Map<String, BigDecimal> points();

        BigDecimal positivePoints();

        /** How long a record counts, by severity (ISO-8601 periods, e.g. P3Y). */
        Map<String, Period> countingPeriod();

        Period positiveCountingPeriod();

        Period halfLife();

        BigDecimal levelA();

        BigDecimal levelB();

        BigDecimal levelC();

        Period debarment();

        Period majorViolationLookBack();

        /** Written {@code --MM-DD}. */
        MonthDay inspectionSeasonEnds();

        /** Tax or social-insurance evidence older than this no longer counts: the standing is unknown. */
        Period evidenceMaxAge();

        /** How long a rating (等级评估) holds after it was given. */
        Period ratingValidity();

        /** The least rating given priority (e.g. A3: 3A and above). */
        String priorityRating();
    }

    interface Debarment {
        /** Working days a supplier notified of its debarment has to state its case (申辩). */
        int statementWorkingDays();
    }

    interface Disclosure {
        /** Changes must be published within this many working days (seed 000 篇5 第八条: 20). */
        int changeReportWorkingDays();

        /** Working days a correction notice gives before the abnormal list. */
        int correctionWorkingDays();

        /** Working days an organisation notified of its abnormal listing has to state its case (申辩). */
        int statementWorkingDays();

        /** Days before a disclosure deadline a reminder goes out, e.g. 30,7,1 (each once). */
        java.util.List<Integer> reminderDaysBefore();
    }
}
