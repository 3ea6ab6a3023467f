package org.govbuy.credit.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.govbuy.credit.CreditApi;
import org.govbuy.credit.TestSuppliers;

/** The complete register: changes with history, deregistration, affiliates, ratings, inspections. */
@QuarkusTest
class RegistryApiTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;

    @Test
    void eachRoleSeesOfARegisterEntryOnlyWhatItMay() {
        String uscc = CreditApi.registerSupplier("可见性测试协会");
        String path = "/api/v1/suppliers/" + uscc;
        for (String registrar : new String[] { "civil-affairs", "auditor" }) {
            CreditApi.as(registrar).get(path).then().statusCode(200)
                    .body("registeredBy", equalTo("civil-affairs-user")).body("creditScore", notNullValue());
        }
        for (String concerned : new String[] { "purchaser", "finance" }) {
            CreditApi.as(concerned).get(path).then().statusCode(200)
                    .body("$", not(hasKey("registeredBy"))).body("creditScore", notNullValue())
                    .body("registeredAt", notNullValue());
        }
        CreditApi.asSupplier(uscc).get(path).then().statusCode(200)
                .body("$", not(hasKey("registeredBy"))).body("creditScore", notNullValue());
        String anotherSupplier = TestSuppliers.newUscc();
        CreditApi.asSupplier(anotherSupplier).get(path).then().statusCode(200)
                .body("name", equalTo("可见性测试协会")).body("creditLevel", notNullValue())
                .body("$", not(hasKey("registeredBy"))).body("$", not(hasKey("creditScore")))
                .body("$", not(hasKey("registeredAt")));
        for (String outsider : new String[] { "expert", "evaluator", "catalog-admin" }) {
            CreditApi.as(outsider).get(path).then().statusCode(200)
                    .body("$", not(hasKey("registeredBy"))).body("$", not(hasKey("creditScore")));
        }
        CreditApi.as("purchaser").get(path + "/credit-report").then().statusCode(200)
                .body("supplier", not(hasKey("registeredBy"))).body("supplier.creditScore", notNullValue());
        CreditApi.as("auditor").get(path + "/credit-report").then().statusCode(200)
                .body("supplier.registeredBy", equalTo("civil-affairs-user"));
    }

    @Test
    void changesAreKeptInTheHistoryWithWhoAndWhen() {
        String uscc = CreditApi.registerSupplier("旧名称协会");
        CreditApi.as("civil-affairs").body("{\"name\":\"新名称协会\",\"region\":\"110105\"}")
                .patch("/api/v1/suppliers/" + uscc).then().statusCode(200)
                .body("name", equalTo("新名称协会")).body("region", equalTo("110105"));
        CreditApi.as("auditor").get("/api/v1/suppliers/" + uscc + "/history").then().statusCode(200)
                .body("field", contains("name", "region"))
                .body("[0].oldValue", equalTo("旧名称协会")).body("[0].newValue", equalTo("新名称协会"))
                .body("[0].changedBy", equalTo("civil-affairs-user"));
        var updated = CreditApi.events(bootstrap, uscc, "govbuy.credit.supplier.updated.v1", 1);
        var data = CreditApi.data(updated.get(0));
        assertThat(data.get("changedFields").toString()).isEqualTo("[\"name\",\"region\"]");
        assertThat(data.get("standing").get("name").asText()).isEqualTo("新名称协会");
        CreditApi.as("civil-affairs").body("{\"name\":\"<b>x</b>\",\"region\":\"1\"}")
                .patch("/api/v1/suppliers/" + uscc).then().statusCode(400)
                .body("violations.field", contains("name", "region"));
    }

    @Test
    void aDeregisteredSupplierCannotBeChangedAndMayNotCompete() {
        String uscc = CreditApi.registerSupplier("注销测试协会");
        CreditApi.as("civil-affairs").body("{\"reason\":\"自行解散\"}").post("/api/v1/suppliers/" + uscc
                + "/deregistration").then().statusCode(200).body("status", equalTo("DEREGISTERED"));
        CreditApi.as("civil-affairs").body("{\"reason\":\"again\"}").post("/api/v1/suppliers/" + uscc
                + "/deregistration").then().statusCode(409);
        CreditApi.as("civil-affairs").body("{\"name\":\"改名\"}").patch("/api/v1/suppliers/" + uscc)
                .then().statusCode(409);
        CreditApi.as("purchaser").get("/api/v1/suppliers/" + uscc + "/eligibility").then()
                .body("eligible", equalTo(false)).body("failed[0].condition", equalTo("REGISTERED_AND_ACTIVE"));
        assertThat(CreditApi.events(bootstrap, uscc, "govbuy.credit.supplier.deregistered.v1", 1)).hasSize(1);
    }

    @Test
    void affiliatesMustBeRegisteredOtherOrganisationsNamedOnce() {
        String uscc = CreditApi.registerSupplier("母机构");
        String affiliate = CreditApi.registerSupplier("子机构");
        String body = "{\"affiliateUscc\":\"" + affiliate + "\",\"relation\":\"SUBSIDIARY\"}";
        CreditApi.as("civil-affairs").body(body).post("/api/v1/suppliers/" + uscc + "/affiliates").then().statusCode(201);
        CreditApi.as("civil-affairs").body(body).post("/api/v1/suppliers/" + uscc + "/affiliates").then().statusCode(409);
        CreditApi.as("civil-affairs").body("{\"affiliateUscc\":\"" + TestSuppliers.newUscc()
                + "\",\"relation\":\"SUBSIDIARY\"}").post("/api/v1/suppliers/" + uscc + "/affiliates")
                .then().statusCode(400).body("violations[0].field", equalTo("affiliateUscc"));
        CreditApi.as("civil-affairs").body("{\"affiliateUscc\":\"" + uscc + "\",\"relation\":\"SUBSIDIARY\"}")
                .post("/api/v1/suppliers/" + uscc + "/affiliates").then().statusCode(400);
        CreditApi.as("purchaser").get("/api/v1/suppliers/" + uscc + "/affiliates").then()
                .body("affiliateUscc", contains(affiliate));
    }

    @Test
    void aRatingIsRecordedAndAnnouncedAndShownPublicly() {
        String uscc = CreditApi.registerSupplier("评估等级协会");
        CreditApi.as("civil-affairs").body("{\"level\":\"A4\",\"ratedOn\":\"2025-12-01\",\"authority\":\"北京市民政局\"}")
                .put("/api/v1/suppliers/" + uscc + "/rating").then().statusCode(200).body("ratingLevel", equalTo("A4"));
        io.restassured.RestAssured.given().get("/api/v1/public/suppliers/" + uscc).then().body("rating", equalTo("4A"));
        var events = CreditApi.events(bootstrap, uscc, "govbuy.credit.supplier.rating-changed.v1", 1);
        var data = CreditApi.data(events.get(0));
        assertThat(data.get("previousLevel").asText()).isEqualTo("NONE");
        assertThat(data.get("level").asText()).isEqualTo("A4");
        CreditApi.as("civil-affairs").body("{\"level\":\"A6\",\"ratedOn\":\"2025-12-01\",\"authority\":\"x\"}")
                .put("/api/v1/suppliers/" + uscc + "/rating").then().statusCode(400)
                .body("violations[0].field", equalTo("level"));
    }

    @Test
    void anInspectionYearMustBeAPastYearOfTheOrganisation() {
        String uscc = CreditApi.registerSupplier("年检年份协会", "2020-01-01");
        CreditApi.as("civil-affairs").body("{\"result\":\"FAILED\"}").put("/api/v1/suppliers/" + uscc
                + "/inspections/2019").then().statusCode(400).body("violations[0].field", equalTo("year"));
        CreditApi.as("civil-affairs").body("{\"result\":\"FAILED\"}").put("/api/v1/suppliers/" + uscc
                + "/inspections/2024").then().statusCode(200);
        CreditApi.as("purchaser").get("/api/v1/suppliers/" + uscc + "/eligibility").then()
                .body("failed.condition", hasItem("ANNUAL_INSPECTION_PASSED"));
    }

    @Test
    void anInspectionIsDatedByItsConclusionNotByWhenItWasTypedIn() {
        String uscc = CreditApi.registerSupplier("年检日期协会", "2020-01-01");
        CreditApi.as("civil-affairs").body("{\"result\":\"PASSED\",\"concludedOn\":\"2024-06-30\"}")
                .put("/api/v1/suppliers/" + uscc + "/inspections/2024").then().statusCode(400)
                .body("violations[0].field", equalTo("concludedOn"));
        CreditApi.as("civil-affairs").body("{\"result\":\"PASSED\",\"concludedOn\":\"2099-06-30\"}")
                .put("/api/v1/suppliers/" + uscc + "/inspections/2024").then().statusCode(400)
                .body("violations[0].field", equalTo("concludedOn"));
        CreditApi.as("civil-affairs").body("{\"result\":\"PASSED\",\"concludedOn\":\"2025-05-20\"}")
                .put("/api/v1/suppliers/" + uscc + "/inspections/2024").then().statusCode(200)
                .body("concludedOn", equalTo("2025-05-20")).body("recordedAt", org.hamcrest.Matchers.notNullValue());
    }

    @Test
    void aNameIsStoredInOneFormAndFoundHoweverItIsTyped() {
        String marker = Long.toString(System.nanoTime(), 36);
        // half-width brackets, two spaces and the quotes and title marks real names use
        String typed = "北京市海淀区(" + marker + ")“阳光”《家园》  社工服务中心";
        String uscc = TestSuppliers.newUscc();
        CreditApi.as("civil-affairs").body(TestSuppliers.registrationJson(uscc, typed.replace("“", "\\u201c")
                .replace("”", "\\u201d"))).post("/api/v1/suppliers").then().statusCode(201)
                .body("name", equalTo("北京市海淀区（" + marker + "）“阳光”《家园》 社工服务中心"));

        for (String query : new String[] { "（" + marker + "）", "(" + marker + ")", marker.toUpperCase(),
                "\"阳光\"", "《家园》" }) {
            given().queryParam("q", query).get("/api/v1/public/suppliers").then().statusCode(200)
                    .body("items.uscc", hasItem(uscc));
        }
    }

    @Test
    void aLatinNameTypedDecomposedIsTheSameName() {
        String uscc = TestSuppliers.newUscc();
        String marker = Long.toString(System.nanoTime(), 36);
        CreditApi.as("civil-affairs").body(TestSuppliers.registrationJson(uscc, "Cafe\u0301 Social " + marker))
                .post("/api/v1/suppliers").then().statusCode(201).body("name", equalTo("Caf\u00e9 Social " + marker));
        given().queryParam("q", "CAF\u00c9 SOCIAL " + marker.toUpperCase()).get("/api/v1/public/suppliers").then()
                .body("items.uscc", contains(uscc));
    }
}
