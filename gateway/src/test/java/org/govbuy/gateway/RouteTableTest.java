package org.govbuy.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.List;

import org.junit.jupiter.api.Test;

class RouteTableTest {

    private final RouteTable table = new RouteTable(List.of(
            new RouteTable.Route("/api/v1/tenders", "tender", URI.create("http://t")),
            new RouteTable.Route("/api/v1/tenders/evaluations", "evaluation", URI.create("http://e")),
            new RouteTable.Route("/api/v1/suppliers", "credit", URI.create("http://c"))));

    @Test
    void theLongestMatchingPrefixWins() {
        assertThat(table.resolve("/api/v1/tenders/evaluations/7").orElseThrow().service()).isEqualTo("evaluation");
        assertThat(table.resolve("/api/v1/tenders/7").orElseThrow().service()).isEqualTo("tender");
        assertThat(table.resolve("/api/v1/tenders").orElseThrow().service()).isEqualTo("tender");
    }

    @Test
    void aPrefixOnlyMatchesWholeSegments() {
        assertThat(table.resolve("/api/v1/suppliersX")).isEmpty();
        assertThat(table.resolve("/api/v1/other")).isEmpty();
    }

    @Test
    void twoServicesCannotClaimOnePrefix() {
        assertThatThrownBy(() -> new RouteTable(List.of(
                new RouteTable.Route("/api/v1/x", "a", URI.create("http://a")),
                new RouteTable.Route("/api/v1/x", "b", URI.create("http://b")))))
                .hasMessageContaining("more than one service");
    }
}
