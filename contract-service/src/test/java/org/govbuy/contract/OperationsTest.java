package org.govbuy.contract;

import io.quarkus.test.junit.QuarkusTest;

import org.govbuy.testsupport.ServiceOperationsContract;

@QuarkusTest
class OperationsTest extends ServiceOperationsContract {

    @Override
    protected String openApiTitle() {
        return "GovBuy contract-service";
    }

    @Override
    protected String audience() {
        return TestInfrastructure.AUDIENCE;
    }
}
