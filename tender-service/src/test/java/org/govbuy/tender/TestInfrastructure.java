package org.govbuy.tender;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

import org.govbuy.testsupport.KafkaBrokerResource;
import org.govbuy.testsupport.PostgresDatabaseResource;

/**
 * Real infrastructure for every test of this module, started once: a PostgreSQL server of the
 * module's own (so a test can restart it under the consumers), a Kafka broker and an OIDC server
 * that publishes the key test tokens are signed with.
 */
@QuarkusTestResource(value = PostgresDatabaseResource.class, restrictToAnnotatedClass = false,
        initArgs = { @ResourceArg(name = "database", value = "govbuy_tender_test"),
                @ResourceArg(name = "server", value = "private") })
@QuarkusTestResource(value = KafkaBrokerResource.class, restrictToAnnotatedClass = false)
@QuarkusTestResource(value = OidcWiremockTestResource.class, restrictToAnnotatedClass = false)
public final class TestInfrastructure {

    public static final String AUDIENCE = "govbuy-tender";

    private TestInfrastructure() {
    }
}
