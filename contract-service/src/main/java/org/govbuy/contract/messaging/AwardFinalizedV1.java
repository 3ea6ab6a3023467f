package org.govbuy.contract.messaging;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * tender-service's {@code govbuy.tender.award.finalized.v1} as contract-service reads it
 * (docs/events/tender-events.yaml): the final award and the tender terms a contract is drafted from.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AwardFinalizedV1(UUID tenderId, UUID lotId, Integer lot, UUID awardId, String noticeNumber, String title,
        String content, BigDecimal quantity, String unit, String orgCode, String region, Integer fiscalYear,
        String subItemCode, String method, String supplierUscc, String supplierName, List<String> memberUsccs,
        BigDecimal awardedPrice, LocalDate serviceStartsOn, LocalDate serviceEndsOn, boolean stableService,
        String paymentTerms, String performanceStandards, Instant finalizedAt) {

    public static final String TYPE = "govbuy.tender.award.finalized.v1";

    /** The first required field that is missing, or null: such an event can never become a contract. */
    public String missingField() {
        if (awardId == null) {
            return "awardId";
        }
        if (title == null || orgCode == null || region == null || fiscalYear == null || subItemCode == null) {
            return "the tender's title, orgCode, region, fiscalYear or subItemCode";
        }
        if (supplierUscc == null || awardedPrice == null) {
            return "supplierUscc or awardedPrice";
        }
        if (serviceStartsOn == null || serviceEndsOn == null || finalizedAt == null) {
            return "serviceStartsOn, serviceEndsOn or finalizedAt";
        }
        return null;
    }
}
