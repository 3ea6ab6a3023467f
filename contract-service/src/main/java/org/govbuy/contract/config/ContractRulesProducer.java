package org.govbuy.contract.config;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.govbuy.contract.domain.ContractRules;
import org.govbuy.contract.domain.Grade;
import org.govbuy.contract.domain.PaymentPolicy;
import org.govbuy.platform.time.CalendarConfig;

/** The contract rules and payment policy as the domain reads them, from configuration. */
public class ContractRulesProducer {

    @Produces
    @Singleton
    ContractRules rules(ContractConfig config, CalendarConfig calendar) {
        ContractConfig.Rules r = config.rules();
        return new ContractRules(r.signingPeriod(), r.publicationWorkingDays(), r.maximumAmendmentIncrease(),
                r.termMonths(), r.stableTermMonths(), calendar.zone());
    }

    @Produces
    @Singleton
    PaymentPolicy paymentPolicy(ContractConfig config) {
        Map<Grade, BigDecimal> shares = new EnumMap<>(Grade.class);
        config.paymentPolicy().shares().forEach((grade, share) -> shares.put(Grade.valueOf(grade), share));
        return new PaymentPolicy(config.paymentPolicy().version(), shares);
    }
}
