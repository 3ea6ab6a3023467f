package org.govbuy.evaluation;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import org.govbuy.testsupport.TestTokens;
import org.govbuy.testsupport.TopicReader;

/**
 * A contract as contract-service files it (binary CloudEvent on contract.events), the agencies of a
 * catalogue code no other test uses (so draws in different tests never meet), and the tokens of the
 * purchaser, the supplier, the agencies' evaluators and civil affairs.
 */
public final class EvaluationFixtures {

    public static final String REGION = "110108";
    public static final String FILED = "govbuy.contract.contract.filed.v1";
    public static final String PROGRESS = "govbuy.contract.progress.reported.v1";
    public static final String COMPLETED = "govbuy.evaluation.evaluation.completed.v1";

    private final String bootstrap;
    public final UUID contract = UUID.randomUUID();
    public final String supplier = newUscc();
    public final String org = "ORG-" + UUID.randomUUID().toString().substring(0, 8);
    /** A catalogue code of this fixture alone: only its own agencies specialise in it. */
    public final String subItemCode = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + ".01";
    public String startsOn = "2027-01-01";
    public String endsOn = "2027-12-31";
    public String deliverables = """
            [{"number":1,"name":"助残技能培训","target":12,"unit":"次","per":"TERM","targetForTerm":12},
             {"number":2,"name":"服务简报","target":3,"unit":"期","per":"WEEK","targetForTerm":156}]""";

    public EvaluationFixtures(String bootstrap) {
        this.bootstrap = bootstrap;
    }

    public static String newUscc() {
        return ("52110108" + UUID.randomUUID().toString().replace("-", "").toUpperCase()).substring(0, 18);
    }

    public String filedJson() {
        return """
                {"contractId":"%s","orgCode":"%s","region":"%s","fiscalYear":2027,"subItemCode":"%s",
                 "title":"海淀区助残服务项目","supplierUscc":"%s","supplierName":"海淀区助残服务中心","memberUsccs":[],
                 "amount":520000.00,"serviceStartsOn":"%s","serviceEndsOn":"%s",
                 "fundingShares":[{"level":"COUNTY","weight":1}],"deliverables":%s,"renewalOf":null,
                 "filedAt":"2026-12-20T02:00:00Z"}""".formatted(contract, org, REGION, subItemCode, supplier, startsOn,
                endsOn, deliverables);
    }

    public void send(String type, String json) {
        Map<String, String> headers = new HashMap<>(Map.of("ce_specversion", "1.0", "ce_id", UUID.randomUUID().toString(),
                "ce_type", type, "ce_source", "/govbuy/contract", "ce_subject", contract.toString(), "ce_region", REGION,
                "content-type", "application/json"));
        TopicReader.send(bootstrap, "contract.events", contract.toString(), json, headers);
    }

    /** Files the contract and waits until both its evaluations are scheduled; returns them (mid-term first). */
    public List<String> filed() {
        send(FILED, filedJson());
        await().atMost(Duration.ofSeconds(30)).until(() -> purchaser().get("/api/v1/evaluations?contractId=" + contract)
                .then().extract().path("total").equals(2));
        return purchaser().get("/api/v1/evaluations?contractId=" + contract).then().statusCode(200).extract().path("items.id");
    }

    public void reportProgress(int trainings, int bulletins) {
        send(PROGRESS, """
                {"contractId":"%s","reportId":"%s","supplierUscc":"%s","periodFrom":"2027-01-01","periodTo":"2027-06-30",
                 "items":[{"deliverable":1,"quantity":%d},{"deliverable":2,"quantity":%d}],"reportedAt":"2027-06-30T08:00:00Z"}"""
                .formatted(contract, UUID.randomUUID(), supplier, trainings, bulletins));
    }

    /** Registers an agency for this fixture's catalogue code (as civil affairs of the region); returns its id. */
    public String agency(String... affiliations) {
        String id = "AG-" + UUID.randomUUID().toString().substring(0, 8);
        civilAffairs().body("""
                {"id":"%s","name":"评估机构%s","uscc":"%s","region":"%s","qualifications":["THIRD_PARTY_EVALUATION"],
                 "specialties":["%s"],"affiliations":%s}""".formatted(id, id, newUscc(), REGION,
                subItemCode.substring(0, 7), toJson(affiliations))).post("/api/v1/agencies").then().statusCode(201);
        return id;
    }

    private static String toJson(String... values) {
        return "[" + String.join(",", java.util.Arrays.stream(values).map(v -> "\"" + v + "\"").toList()) + "]";
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

    public static RequestSpecification evaluator(String agencyId) {
        return as(TestTokens.forAudience(TestInfrastructure.AUDIENCE).subject("evaluator-" + agencyId).roles("evaluator")
                .claim("agency_id", agencyId).sign());
    }

    public static RequestSpecification civilAffairs() {
        return as(TestTokens.forAudience(TestInfrastructure.AUDIENCE).subject("civil-haidian").roles("civil-affairs")
                .claim("region", REGION).sign());
    }

    public static RequestSpecification finance() {
        return as(TestTokens.forAudience(TestInfrastructure.AUDIENCE).subject("finance-haidian").roles("finance")
                .claim("region", REGION).sign());
    }

    public static RequestSpecification as(String token) {
        return given().header("Authorization", "Bearer " + token).contentType(ContentType.JSON);
    }

    /** Scores for every assessed sub-indicator of the general template (quantity measured from deliverables). */
    public static String scores(double quality1, double quality2, double funds1, double funds2, double dev1, double dev2) {
        return """
                {"scores":[
                  {"subIndicator":"QUALITY-1","points":%s,"reason":"服务记录完整","evidence":["服务台账2027上半年.pdf"]},
                  {"subIndicator":"QUALITY-2","points":%s,"reason":"目标基本实现","evidence":["入户回访记录.xlsx"]},
                  {"subIndicator":"FUNDS-1","points":%s,"reason":"专款专用","evidence":["支出凭证.pdf"]},
                  {"subIndicator":"FUNDS-2","points":%s,"reason":"独立核算","evidence":["财务报表.pdf"]},
                  {"subIndicator":"DEVELOPMENT-1","points":%s,"reason":"制度健全","evidence":["理事会纪要.pdf"]},
                  {"subIndicator":"DEVELOPMENT-2","points":%s,"reason":"持证社工占比高","evidence":["人员名册.xlsx"]}]}"""
                .formatted(quality1, quality2, funds1, funds2, dev1, dev2);
    }

    /** Midnight of 2 July 2027 in Beijing: the mid-term of a 2027 contract; the scheduler runs what is due. */
    public static final java.time.Instant MID_TERM_2027 = java.time.Instant.parse("2027-07-01T16:00:01Z");

    /** Opens the mid-term evaluation (the clock moves to its first day and due jobs run); returns its agency. */
    public String openMidTerm(TestClock clock, org.govbuy.platform.schedule.JobRunner jobs, String evaluationId) {
        clock.travelTo(MID_TERM_2027);
        jobs.runDue();
        return purchaser().get("/api/v1/evaluations/" + evaluationId).then().statusCode(200)
                .body("status", equalTo("OPEN")).extract().path("agencyId");
    }

    /** Issues codes and answers {@code answers} of them through the public endpoint; returns every code issued. */
    public List<String> survey(String evaluationId, int issued, int... answers) {
        List<String> codes = purchaser().body("{\"count\":" + issued + "}")
                .post("/api/v1/evaluations/" + evaluationId + "/survey-codes").then().statusCode(201).extract().path("codes");
        for (int i = 0; i < answers.length; i++) {
            given().contentType(ContentType.JSON).body("{\"code\":\"" + codes.get(i) + "\",\"satisfaction\":" + answers[i] + "}")
                    .post("/api/v1/public/evaluations/survey-responses").then().statusCode(204);
        }
        return codes;
    }
}
