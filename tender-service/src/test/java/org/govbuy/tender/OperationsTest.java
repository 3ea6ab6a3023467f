package org.govbuy.tender;

import io.quarkus.test.junit.QuarkusTest;

import org.govbuy.testsupport.ServiceOperationsContract;

@QuarkusTest
class OperationsTest extends ServiceOperationsContract {

    @Override
    protected String openApiTitle() {
        return "GovBuy tender-service";
    }

    @Override
    protected String audience() {
        return TestInfrastructure.AUDIENCE;
    }
}
