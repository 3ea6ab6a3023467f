package org.govbuy.evaluation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The general template as the migration seeds it: quantity 20, quality 30, funds 20, satisfaction 20, development 10. */
final class Indicators {

    private Indicators() {
    }

    static Indicator indicator(String code, IndicatorCategory category, int weight, String... subs) {
        return new Indicator(code, code, category, weight, null, java.util.Arrays.stream(subs)
                .map(s -> new Indicator.SubIndicator(s.split(":")[0], s, new BigDecimal(s.split(":")[1]), null)).toList());
    }

    static List<Indicator> general() {
        return List.of(indicator("QUANTITY", IndicatorCategory.QUANTITY, 20, "QUANTITY-1:10"),
                indicator("QUALITY", IndicatorCategory.QUALITY, 30, "QUALITY-1:10", "QUALITY-2:10"),
                indicator("FUNDS", IndicatorCategory.FUNDS_USE, 20, "FUNDS-1:10", "FUNDS-2:10"),
                indicator("SATISFACTION", IndicatorCategory.SATISFACTION, 20, "SATISFACTION-1:5"),
                indicator("DEVELOPMENT", IndicatorCategory.DEVELOPMENT, 10, "DEVELOPMENT-1:5", "DEVELOPMENT-2:5"));
    }

    static IndicatorTemplate generalTemplate() {
        return IndicatorTemplate.publish("GENERAL", 1, "通用", general(), "test", Instant.parse("2026-11-23T00:00:00Z"));
    }
}
