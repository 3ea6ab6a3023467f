package org.govbuy.credit.config;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.govbuy.credit.domain.CreditPolicy;
import org.govbuy.credit.domain.RatingLevel;
import org.govbuy.credit.domain.Severity;

/** Turns configuration into the domain's rule objects, validated once at start-up. */
public class CreditRules {

    @Produces
    @Singleton
    CreditPolicy policy(CreditConfig config) {
        CreditConfig.Policy policy = config.policy();
        return new CreditPolicy(policy.version(), policy.baseScore(), bySeverity(policy.points()),
                policy.positivePoints(), bySeverity(policy.countingPeriod()), policy.positiveCountingPeriod(),
                policy.halfLife(), policy.levelA(), policy.levelB(), policy.levelC(), policy.debarment(),
                policy.majorViolationLookBack(), policy.inspectionSeasonEnds(), policy.evidenceMaxAge(),
                policy.ratingValidity(), RatingLevel.valueOf(policy.priorityRating()));
    }

    private static <V> Map<Severity, V> bySeverity(Map<String, V> byName) {
        Map<Severity, V> result = new EnumMap<>(Severity.class);
        byName.forEach((name, value) -> result.put(Severity.valueOf(name.toUpperCase(Locale.ROOT)), value));
        return result;
    }
}
