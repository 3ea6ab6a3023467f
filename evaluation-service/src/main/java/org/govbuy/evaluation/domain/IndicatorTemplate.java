package org.govbuy.evaluation.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

import org.govbuy.platform.error.Problem;
import org.govbuy.platform.error.UnprocessableRequest;

/**
 * A version of an indicator template (绩效评价指标体系). Publishing the same code again makes a new
 * version; versions never change, so a result always names the exact indicators it was scored by.
 */
@Entity
@Table(name = "indicator_template")
public class IndicatorTemplate extends PanacheEntityBase {

    public static final int TOTAL_WEIGHT = 100;

    @Id
    public UUID id;
    public String code;
    public int version;
    public String name;
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Indicator> indicators;
    public String publishedBy;
    public Instant publishedAt;

    /** A new version of {@code code}, after {@link #requireSound}. */
    public static IndicatorTemplate publish(String code, int version, String name, List<Indicator> indicators, String by,
            Instant at) {
        requireSound(indicators);
        IndicatorTemplate t = new IndicatorTemplate();
        t.id = UUID.randomUUID();
        t.code = code;
        t.version = version;
        t.name = name;
        t.indicators = List.copyOf(indicators);
        t.publishedBy = by;
        t.publishedAt = at;
        return t;
    }

    /**
     * Weights are whole numbers above 0 that sum to 100; every indicator has sub-indicators worth
     * more than 0 points; codes are unique; at most one indicator measures quantity and one satisfaction.
     */
    public static void requireSound(List<Indicator> indicators) {
        List<Problem.Violation> violations = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        int total = 0;
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            String at = "indicators[" + i + "]";
            total += indicator.weight();
            if (indicator.weight() <= 0) {
                violations.add(new Problem.Violation(at + ".weight", "a weight is above 0"));
            }
            if (!codes.add(indicator.code())) {
                violations.add(new Problem.Violation(at + ".code", "codes are unique within a template"));
            }
            if (indicator.subIndicators() == null || indicator.subIndicators().isEmpty()) {
                violations.add(new Problem.Violation(at + ".subIndicators", "an indicator has at least one sub-indicator"));
                continue;
            }
            for (int j = 0; j < indicator.subIndicators().size(); j++) {
                Indicator.SubIndicator sub = indicator.subIndicators().get(j);
                if (sub.maxPoints() == null || sub.maxPoints().signum() <= 0) {
                    violations.add(new Problem.Violation(at + ".subIndicators[" + j + "].maxPoints",
                            "a sub-indicator is worth more than 0 points"));
                }
                if (!codes.add(sub.code())) {
                    violations.add(new Problem.Violation(at + ".subIndicators[" + j + "].code", "codes are unique within a template"));
                }
            }
        }
        for (IndicatorCategory measured : List.of(IndicatorCategory.QUANTITY, IndicatorCategory.SATISFACTION)) {
            if (indicators.stream().filter(x -> x.category() == measured).count() > 1) {
                violations.add(new Problem.Violation("indicators", "at most one " + measured + " indicator"));
            }
        }
        if (total != TOTAL_WEIGHT) {
            violations.add(new Problem.Violation("indicators", "the weights sum to " + TOTAL_WEIGHT + ", not " + total));
        }
        if (!violations.isEmpty()) {
            throw new UnprocessableRequest("the indicator template is not sound", violations);
        }
    }

    public Indicator.SubIndicator subIndicator(String code) {
        return indicators.stream().flatMap(i -> i.subIndicators().stream()).filter(s -> s.code().equals(code))
                .findFirst().orElse(null);
    }

    public BigDecimal totalWeight() {
        return BigDecimal.valueOf(indicators.stream().mapToInt(Indicator::weight).sum());
    }
}
