package org.govbuy.tender;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import org.govbuy.testsupport.Sql;
import org.govbuy.testsupport.TestTokens;
import org.govbuy.testsupport.TopicReader;

/**
 * The world a tender test needs, made the way production makes it: the catalogue and the suppliers
 * arrive as catalog-service's and credit-service's events; plans and tenders go through the API with
 * tokens of the right people.
 */
public final class TenderFixtures {

    private static final AtomicInteger DISTRICTS = new AtomicInteger((int) (System.nanoTime() % 50));

    public static final String SUB_ITEM = "A0701";

    private TenderFixtures() {
    }

    /** A fresh Beijing district code, so tests do not see each other's catalogues. */
    public static String newDistrict() {
        return "11" + String.format("%04d", 1000 + DISTRICTS.incrementAndGet());
    }

    public static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    public static String purchaser(String org, String region) {
        return token("purchaser", "buyer-" + org).claim("org_code", org).claim("region", region).sign();
    }

    public static String finance(String region) {
        return token("finance", "finance-" + region).claim("region", region).sign();
    }

    public static String auditor(String region) {
        return token("auditor", "auditor-" + region).claim("region", region).sign();
    }

    public static String supplier(String uscc) {
        return token("supplier", "supplier-" + uscc).claim("uscc", uscc).sign();
    }

    /** Registers an expert in the region's pool (by its finance); returns the login. */
    public static String registerExpert(String region, String username, String name, String specialty, String affiliations) {
        as(finance(region)).body("""
                {"username":"%s","name":"%s","specialties":["%s"],"affiliations":%s}"""
                .formatted(username, name, specialty, affiliations)).post("/api/v1/experts").then().statusCode(201)
                .body("region", org.hamcrest.Matchers.equalTo(region));
        return username;
    }

    /** An evaluation expert's token: experts act in person, named by their login. */
    public static String expert(String username) {
        return token("expert", username).sign();
    }

    private static TestTokens token(String role, String subject) {
        return TestTokens.forAudience(TestInfrastructure.AUDIENCE).roles(role).subject(subject);
    }

    /** Publishes the region's catalogue for the year with 居家养老上门服务 at 10–20 CNY per visit, and waits for it. */
    public static void catalogue(String bootstrap, String region, int year) {
        String versionId = UUID.randomUUID().toString();
        String data = """
                {"versionId":"%s","region":"%s","fiscalYear":%d,"title":"目录","publishedAt":"2026-01-05T00:00:00Z",
                 "subItems":[{"code":"%s","nameZh":"居家养老上门服务","itemCode":"A07","categoryCode":"A","excluded":false,
                   "exclusionReason":null,"preferSocialOrganisations":true,"unit":"人次","referencePriceMin":10,
                   "referencePriceMax":200},
                  {"code":"A0799","nameZh":"涉密事项","itemCode":"A07","categoryCode":"A","excluded":true,
                   "exclusionReason":"NATIONAL_SECURITY_OR_SECRETS","preferSocialOrganisations":false,"unit":"项"}]}"""
                .formatted(versionId, region, year, SUB_ITEM);
        TopicReader.send(bootstrap, "catalog.events", versionId, data, Map.of("ce_specversion", "1.0", "ce_id",
                UUID.randomUUID().toString(), "ce_type", "govbuy.catalog.version.published.v1", "ce_source",
                "/govbuy/catalog", "ce_subject", versionId));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .header("Authorization", "Bearer " + purchaser("probe", region)).queryParam("region", region)
                .queryParam("year", year).queryParam("code", SUB_ITEM).get("/api/v1/tenders/catalogue-check").then()
                .statusCode(200).body("purchasable", org.hamcrest.Matchers.equalTo(true)));
    }

    /** A social group in good standing (inspection passed, tax and social insurance paid), 3A. */
    public static String eligibleSupplier(String bootstrap, javax.sql.DataSource db, String name) {
        String uscc = CreditEvents.newUscc();
        standing(bootstrap, db, uscc, name, 1, "\"debarredFrom\":null,\"debarredUntil\":null");
        return uscc;
    }

    /** Sends the supplier's standing as credit-service announces it, with extra fields, and waits for it. */
    public static void standing(String bootstrap, javax.sql.DataSource db, String uscc, String name, long sequence, String extra) {
        String data = """
                {"uscc":"%1$s","changedFields":["test"],"standing":{"uscc":"%1$s","name":"%2$s","organisationType":"SOCIAL_GROUP",
                 "region":"110108","establishedOn":"2010-01-15","status":"ACTIVE","ratingLevel":"A3","creditLevel":"A",
                 "creditScore":90,"policyVersion":"2026.2","abnormalListed":false,"latestInspectionYear":2025,
                 "latestInspectionResult":"PASSED","taxInGoodStanding":true,"socialInsuranceInGoodStanding":true,%3$s}}"""
                .formatted(uscc, name, extra);
        String eventId = CreditEvents.newEventId();
        CreditEvents.send(bootstrap, eventId, "govbuy.credit.supplier.updated.v1", uscc, sequence, data);
        await().atMost(Duration.ofSeconds(30)).until(() -> Sql.count(db,
                "SELECT count(*) FROM supplier_projection WHERE uscc = '" + uscc + "' AND last_event_id = '" + eventId + "'") == 1);
    }

    /** A plan body for {@link #SUB_ITEM}: 10 000 visits at 60 CNY. */
    public static String planBody(int year, String budget, String method, String extra) {
        return """
                {"fiscalYear":%d,"subItemCode":"%s","content":"为辖区80岁以上独居老人提供居家养老上门服务",
                 "quantity":10000,"unit":"人次","budget":%s,"priceBasis":"参照2025年同类项目单价60元/人次",
                 "feasibility":"辖区内已有多家具备资质的社会组织","goals":"覆盖独居老人不少于800人",
                 "performanceStandards":"服务满意度不低于90%%","proposedMethod":"%s"%s}"""
                .formatted(year, SUB_ITEM, budget, method, extra);
    }

    /** Drafts, submits and approves a plan; returns its id. */
    public static String approvedPlan(String org, String region, int year, String budget) {
        String id = as(purchaser(org, region)).body(planBody(year, budget, "OPEN_TENDER", "")).post("/api/v1/plans")
                .then().statusCode(201).extract().path("id");
        as(purchaser(org, region)).post("/api/v1/plans/" + id + "/submission").then().statusCode(200);
        as(finance(region)).post("/api/v1/plans/" + id + "/approval").then().statusCode(200);
        return id;
    }

    /** The terms of an open tender with comprehensive scoring, bids until {@code deadline}, opening then. */
    public static String terms(Instant deadline, Instant opening, String extra) {
        return """
                {"title":"2027年居家养老上门服务","content":"上门助餐、助洁、助浴","quantity":10000,"unit":"人次",
                 "serviceStartsOn":"2027-01-01","serviceEndsOn":"2027-12-31","admittedTypes":["SOCIAL_GROUP","SOCIAL_SERVICE_ORGANISATION"],
                 "minimumRating":"A3","otherRequirements":"具有养老服务经验",
                 "evaluation":{"method":"COMPREHENSIVE_SCORING","priceWeight":30,
                   "criteria":[{"name":"服务方案","maxScore":40,"weight":40},{"name":"人员配备","maxScore":30,"weight":30}]},
                 "paymentTerms":"按季度支付,末期款与评估结果挂钩","performanceStandards":"满意度不低于90%%",
                 "bidDeadline":"%s","openingAt":"%s","consortiumAllowed":true%s}""".formatted(deadline, opening, extra);
    }

    /** A draft open tender with one lot of {@code budget} from the plan; returns its id. */
    public static String draftTender(String org, String region, String planId, Instant deadline, Instant opening,
            String budget) {
        return as(purchaser(org, region)).body("""
                {"planId":"%s","method":"OPEN_TENDER","terms":%s,"lots":[{"title":"第一包","budget":%s}]}"""
                .formatted(planId, terms(deadline, opening, ""), budget)).post("/api/v1/tenders").then().statusCode(201)
                .extract().path("announcement.tenderId");
    }

    /**
     * An announced open tender of ORG1 in {@code region}: the region's 2027 catalogue, a plan of
     * 600 000 and one lot of 500 000, bids until {@code deadline}, opening at {@code opening}.
     */
    public static String announcedTender(String bootstrap, String region, Instant deadline, Instant opening) {
        catalogue(bootstrap, region, 2027);
        String plan = approvedPlan("ORG1", region, 2027, "600000");
        String tender = draftTender("ORG1", region, plan, deadline, opening, "500000");
        as(purchaser("ORG1", region)).post("/api/v1/tenders/" + tender + "/announcement").then().statusCode(200);
        return tender;
    }

    /** RFC 9530 Content-Digest of {@code bytes}. */
    public static String contentDigest(byte[] bytes) {
        try {
            return "sha-256=:" + java.util.Base64.getEncoder().encodeToString(
                    java.security.MessageDigest.getInstance("SHA-256").digest(bytes)) + ":";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Uploads a PDF document for the supplier's next bid on lot 1. */
    public static io.restassured.response.ValidatableResponse upload(String uscc, String tender, String name, byte[] bytes) {
        return given().header("Authorization", "Bearer " + supplier(uscc)).contentType("application/pdf")
                .header("Content-Digest", contentDigest(bytes)).body(bytes)
                .put("/api/v1/tenders/" + tender + "/lots/1/documents/" + name).then();
    }

    public static String bid(String price, String proposal) {
        return """
                {"price":%s,"proposal":"%s","declarations":["近三年内无重大违法记录","不转包"]}""".formatted(price, proposal);
    }
}
