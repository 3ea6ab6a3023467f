package org.govbuy.platform.outbox;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class DomainEventTest {

    @Test
    void aTypeFollowsGovbuyServiceNounVerbVersion() {
        assertThatCode(() -> new DomainEvent("govbuy.tender.tender.awarded.v1", "T-1", "110108", Map.of()))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> new DomainEvent("TenderAwarded", "T-1", "110108", Map.of()))
                .hasMessageContaining("govbuy.<service>");
        assertThatThrownBy(() -> new DomainEvent("govbuy.tender.tender.awarded", "T-1", null, Map.of()))
                .hasMessageContaining("v<N>");
    }

    @Test
    void aRegionIsASixDigitDivisionCode() {
        assertThatThrownBy(() -> new DomainEvent("govbuy.credit.supplier.registered.v1", "S", "1101", Map.of()))
                .hasMessageContaining("6-digit");
    }
}
