package org.govbuy.contract;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import org.govbuy.testsupport.TestTokens;
import org.govbuy.testsupport.TopicReader;

/**
 * A final award as tender-service publishes it (binary CloudEvent on tender.events), the parties'
 * tokens, and the steps that take its contract from draft to in force.
 */
public final class ContractFixtures {

    public static final String REGION = "310104";
    public static final String ORG = "XH-CIVIL";
    public static final String AWARD_TYPE = "govbuy.tender.award.finalized.v1";
    public static final String EVALUATION_TYPE = "govbuy.evaluation.evaluation.completed.v1";

    private final String bootstrap;
    public final UUID awardId = UUID.randomUUID();
    public final String supplier = newUscc();
    public String org = "ORG-" + UUID.randomUUID().toString().substring(0, 8);
    public String amount = "600000.00";
    public String startsOn = "2027-01-01";
    public String endsOn = "2027-12-31";
    public boolean stable;
    public String members = "[]";
    public UUID contract;

    public ContractFixtures(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    public static String newUscc() {
        return ("52310104" + UUID.randomUUID().toString().replace("-", "").toUpperCase()).substring(0, 18);
    }

    public String awardJson() {
        return """
                {"tenderId":"%s","lotId":"%s","lot":1,"awardId":"%s","noticeNumber":"ZB-2026-%s","title":"徐汇区居家养老上门服务",
                 "content":"为辖区80岁以上独居老人提供居家养老上门服务","quantity":10000,"unit":"人次","orgCode":"%s",
                 "region":"%s","fiscalYear":2027,"subItemCode":"A0101","method":"OPEN_TENDER","supplierUscc":"%s",
                 "supplierName":"徐汇区乐龄社工服务社","memberUsccs":%s,"awardedPrice":%s,"serviceStartsOn":"%s",
                 "serviceEndsOn":"%s","stableService":%s,"paymentTerms":"按季度支付，与绩效评价结果挂钩",
                 "performanceStandards":"服务满意度不低于90%%","finalizedAt":"2026-11-20T02:00:00Z"}"""
                .formatted(UUID.randomUUID(), UUID.randomUUID(), awardId, awardId.toString().substring(0, 8), org, REGION,
                        supplier, members, amount, startsOn, endsOn, stable);
    }

    /** Sends the award event (with the given event id) as tender-service's relay would. */
    public void sendAward(String eventId, String json) {
        send("tender.events", eventId, AWARD_TYPE, UUID.randomUUID().toString(), json);
    }

    public void send(String topic, String eventId, String type, String subject, String json) {
        Map<String, String> headers = new HashMap<>(Map.of("ce_specversion", "1.0", "ce_id", eventId, "ce_type", type,
                "ce_source", "/govbuy/tender", "ce_subject", subject, "ce_region", REGION,
                "content-type", "application/json"));
        TopicReader.send(bootstrap, topic, subject, json, headers);
    }

    /** Sends the award and waits for its draft; returns the contract id. */
    public UUID drafted() {
        sendAward(UUID.randomUUID().toString(), awardJson());
        await().atMost(Duration.ofSeconds(30)).until(() -> purchaser().get("/api/v1/contracts?size=200").then()
                .extract().path("items.findAll { it.awardId == '" + awardId + "' }.size()").equals(1));
        contract = UUID.fromString(purchaser().get("/api/v1/contracts?size=200").then().extract()
                .path("items.find { it.awardId == '" + awardId + "' }.id"));
        return contract;
    }

    /** An evaluation result as evaluation-service publishes it. */
    public void sendEvaluation(String evaluationId, String type, String grade, boolean reEvaluation) {
        send("evaluation.events", UUID.randomUUID().toString(), EVALUATION_TYPE, evaluationId, """
                {"evaluationId":"%s","contractId":"%s","supplierUscc":"%s","type":"%s","reEvaluation":%s,"grade":"%s",
                 "score":75.5,"completedOn":"2027-07-01"}""".formatted(evaluationId, contract, supplier, type, reEvaluation,
                grade));
    }

    public static final String SCHEDULE = """
            {"milestones":[{"name":"服务方案通过","dueOn":"2027-02-28"}],
             "deliverables":[{"name":"培训","target":12,"unit":"次","per":"TERM"},{"name":"简报","target":3,"unit":"期","per":"WEEK"}],
             "fundingShares":[{"level":"PROVINCE","weight":6},{"level":"PREFECTURE","weight":2},{"level":"COUNTY","weight":2}],
             "installments":[{"trigger":"ON_SIGNING","share":30},{"trigger":"MILESTONE_ACCEPTED","share":10,"milestone":1},
                             {"trigger":"MID_TERM_EVALUATION","share":30},{"trigger":"FINAL_EVALUATION","share":30}]}""";

    public void completeDraft() {
        purchaser().body(SCHEDULE).put("/api/v1/contracts/" + contract + "/draft").then().statusCode(200);
    }

    /** Draft → completed → signed by both → filed and confirmed: in force. */
    public UUID active() {
        drafted();
        completeDraft();
        purchaser().post("/api/v1/contracts/" + contract + "/signatures").then().statusCode(200);
        supplierCalls().post("/api/v1/contracts/" + contract + "/signatures").then().statusCode(200);
        purchaser().post("/api/v1/contracts/" + contract + "/filing").then().statusCode(200);
        finance().post("/api/v1/contracts/" + contract + "/filing/confirmation").then().statusCode(200);
        return contract;
    }

    public Response payments() {
        return purchaser().get("/api/v1/contracts/" + contract + "/payments");
    }

    public RequestSpecification purchaser() {
        return as(TestTokens.forAudience(TestInfrastructure.AUDIENCE).subject("buyer-" + org).roles("purchaser")
                .claim("org_code", org).claim("region", REGION).sign());
    }

    public RequestSpecification supplierCalls() {
        return supplier(supplier);
    }

    public static RequestSpecification supplier(String uscc) {
        return as(TestTokens.forAudience(TestInfrastructure.AUDIENCE).subject("supplier-" + uscc).roles("supplier")
                .claim("uscc", uscc).sign());
    }

    public static RequestSpecification finance() {
        return financeAs("finance-officer");
    }

    public static RequestSpecification financeAs(String subject) {
        return as(TestTokens.forAudience(TestInfrastructure.AUDIENCE).subject(subject).roles("finance")
                .claim("region", REGION).sign());
    }

    public static RequestSpecification purchaserOf(String org) {
        return as(TestTokens.forAudience(TestInfrastructure.AUDIENCE).subject("buyer-" + org).roles("purchaser")
                .claim("org_code", org).claim("region", REGION).sign());
    }

    public static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }
}
