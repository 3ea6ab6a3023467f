package org.govbuy.contract.config;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;

/** {@code govbuy.contract.*}: the contract rules and the payment policy (defaults in application.properties). */
@ConfigMapping(prefix = "govbuy.contract")
public interface ContractConfig {

    Rules rules();

    Policy paymentPolicy();

    interface Rules {
        /** How long after the final award the contract is to be signed (default 30 days). */
        Duration signingPeriod();

        /** Within how many working days of signing the key terms are published (default 2). */
        int publicationWorkingDays();

        /** How far amendments may raise the amount, as a share of the amount first signed (default 0.10). */
        BigDecimal maximumAmendmentIncrease();

        int termMonths();

        int stableTermMonths();
    }

    /** 评估兑现: the share of an evaluation-triggered installment each grade releases, under a version. */
    interface Policy {
        String version();

        Map<String, BigDecimal> shares();
    }
}
