package org.govbuy.catalog;

import io.quarkus.test.junit.QuarkusTest;

import org.govbuy.testsupport.ServiceOperationsContract;

@QuarkusTest
class OperationsTest extends ServiceOperationsContract {

    @Override
    protected String openApiTitle() {
        return "GovBuy catalog-service";
    }

    @Override
    protected String audience() {
        return TestInfrastructure.AUDIENCE;
    }
}
