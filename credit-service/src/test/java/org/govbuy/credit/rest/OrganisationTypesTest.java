package org.govbuy.credit.rest;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.LocalDate;
import java.time.ZoneId;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.govbuy.credit.CreditApi;
import org.govbuy.credit.TestSuppliers;
import org.govbuy.credit.service.DisclosureCompliance;

/**
 * The disclosure rules of seed 000 篇5 bind social organisations; an enterprise shows its annual
 * report filed with market regulation where a social organisation shows its annual inspection
 * (年检或考核合格); and the code says who registered an organisation as what.
 */
@QuarkusTest
class OrganisationTypesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Inject
    DisclosureCompliance disclosure;

    private static String registerEnterprise(String name) {
        String uscc = TestSuppliers.newUscc("91");
        CreditApi.as("civil-affairs").body(TestSuppliers.registrationJson(uscc, name)
                .replace("SOCIAL_SERVICE_ORGANISATION", "ENTERPRISE")
                .replace("北京市海淀区民政局", "北京市海淀区市场监督管理局")).post("/api/v1/suppliers")
                .then().statusCode(201);
        return uscc;
    }

    @Test
    void theDeclaredTypeMustAgreeWithTheCode() {
        String enterpriseCode = TestSuppliers.newUscc("91");
        CreditApi.as("civil-affairs").body(TestSuppliers.registrationJson(enterpriseCode, "冒充社会组织的公司"))
                .post("/api/v1/suppliers").then().statusCode(400)
                .body("violations[0].field", equalTo("organisationType"))
                .body("violations[0].rule", containsString("registered as ENTERPRISE"));
        String socialGroup = TestSuppliers.newUscc("51");
        CreditApi.as("civil-affairs").body(TestSuppliers.registrationJson(socialGroup, "类型校验协会")
                .replace("SOCIAL_SERVICE_ORGANISATION", "SOCIAL_GROUP")).post("/api/v1/suppliers")
                .then().statusCode(201);
        CreditApi.as("civil-affairs").body("{\"organisationType\":\"FOUNDATION\"}")
                .patch("/api/v1/suppliers/" + socialGroup).then().statusCode(400)
                .body("violations[0].field", equalTo("organisationType"));
    }

    @Test
    void anEnterpriseOwesNoSocialOrganisationDisclosureAndCannotBeListedForIt() {
        String enterprise = registerEnterprise("康健居家养老服务有限公司");
        String association = CreditApi.registerSupplier("年报对照协会");

        disclosure.checkSupplier(enterprise);
        disclosure.checkSupplier(association);

        CreditApi.as("civil-affairs").get("/api/v1/suppliers/" + enterprise + "/disclosures").then()
                .body("$", empty());
        CreditApi.as("civil-affairs").get("/api/v1/suppliers/" + association + "/disclosures").then()
                .body("subject", hasItem(Integer.toString(TODAY.getYear() - 1)));
        CreditApi.asSupplier(enterprise).body("{\"whatChanged\":\"住所变更\",\"changedOn\":\"" + TODAY + "\"}")
                .post("/api/v1/suppliers/" + enterprise + "/disclosures/changes").then().statusCode(400)
                .body("violations[0].field", equalTo("uscc"));
        CreditApi.as("civil-affairs").body("{\"result\":\"PASSED\"}")
                .put("/api/v1/suppliers/" + enterprise + "/inspections/" + (TODAY.getYear() - 1)).then()
                .statusCode(400).body("violations[0].rule", containsString("ANNUAL_REPORT"));
    }

    @Test
    void anEnterpriseIsEligibleWithItsAnnualReportFiledNotWithAnInspection() {
        String enterprise = registerEnterprise("智慧助老科技有限公司");
        CreditApi.as("purchaser").get("/api/v1/suppliers/" + enterprise + "/eligibility").then()
                .body("failed.condition", hasItem("ANNUAL_REPORT_FILED"))
                .body("failed.condition", not(hasItem("ANNUAL_INSPECTION_PASSED")));

        CreditApi.as("civil-affairs").body("""
                {"kind":"ANNUAL_REPORT","inGoodStanding":true,"asOf":"%s",
                 "evidenceReference":"国家企业信用信息公示系统 %d 年度报告"}""".formatted(TODAY, TODAY.getYear() - 1))
                .post("/api/v1/suppliers/" + enterprise + "/compliance").then().statusCode(200);

        CreditApi.as("purchaser").get("/api/v1/suppliers/" + enterprise + "/eligibility").then()
                .body("failed.condition", not(hasItem("ANNUAL_REPORT_FILED")));
        CreditApi.as("purchaser").get("/api/v1/suppliers/" + enterprise + "/credit-report").then()
                .body("compliance.kind", contains("ANNUAL_REPORT"));
    }
}
