package org.govbuy.credit.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.govbuy.credit.CreditApi;
import org.govbuy.credit.TestSuppliers;
import org.govbuy.testsupport.TopicReader;

/** The trace a request belongs to continues in the events it causes. */
@QuarkusTest
class TraceContextTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void anEventCarriesTheTraceOfTheRequestThatCausedIt() {
        String uscc = TestSuppliers.newUscc();
        CreditApi.as("civil-affairs").header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .body(TestSuppliers.registrationJson(uscc, "追踪测试协会")).post("/api/v1/suppliers").then()
                .statusCode(201);

        var event = CreditApi.events(bootstrap, uscc, "govbuy.credit.supplier.registered.v1", 1).get(0);
        String traceparent = TopicReader.header(event, "traceparent");
        assertThat(traceparent).matches("00-" + TRACE_ID + "-[0-9a-f]{16}-01")
                .as("the service's own span, child of the caller's").doesNotContain("00f067aa0ba902b7");
    }
}
