package org.govbuy.contract.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a contract is drafted from: the final award and the tender's terms it carries (tender-service's
 * {@code award.finalized} event), or, for a renewal, the earlier contract and the new term.
 */
public record AwardTerms(UUID awardId, UUID tenderId, UUID lotId, Integer lot, String noticeNumber, String method,
        String title, String content, BigDecimal quantity, String unit, String orgCode, String region, int fiscalYear,
        String subItemCode, String supplierUscc, String supplierName, List<String> memberUsccs, Money amount,
        LocalDate serviceStartsOn, LocalDate serviceEndsOn, boolean stableService, String paymentTerms,
        String performanceStandards, Instant awardedAt) {
}
