package org.govbuy.credit.domain;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.time.Period;
import java.util.Map;

/** The default policy of application.properties, for unit tests of the rules. */
final class CreditPolicies {

    private CreditPolicies() {
    }

    static CreditPolicy standard() {
        return new CreditPolicy("test-1", BigDecimal.valueOf(90),
                Map.of(Severity.MINOR, BigDecimal.valueOf(-2), Severity.GENERAL, BigDecimal.valueOf(-5),
                        Severity.SERIOUS, BigDecimal.valueOf(-15), Severity.MAJOR, BigDecimal.valueOf(-40)),
                BigDecimal.valueOf(3),
                Map.of(Severity.MINOR, Period.ofYears(1), Severity.GENERAL, Period.ofYears(2), Severity.SERIOUS,
                        Period.ofYears(3), Severity.MAJOR, Period.ofYears(5)),
                Period.ofYears(2), Period.ofYears(1), BigDecimal.valueOf(85), BigDecimal.valueOf(70),
                BigDecimal.valueOf(50), Period.ofYears(3), Period.ofYears(3), MonthDay.of(6, 30), Period.ofMonths(6),
                Period.ofYears(5), RatingLevel.A3);
    }
}
