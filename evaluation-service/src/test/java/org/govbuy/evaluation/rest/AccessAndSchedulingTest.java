package org.govbuy.evaluation.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import org.govbuy.evaluation.EvaluationFixtures;
import org.govbuy.evaluation.TestClock;
import org.govbuy.platform.schedule.JobRunner;
import org.govbuy.testsupport.TestTokens;
import org.govbuy.testsupport.TopicReader;

/** Per-object access to evaluations, and windows that fell due while the service was down. */
@QuarkusTest
class AccessAndSchedulingTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrap;
    @Inject
    TestClock clock;
    @Inject
    JobRunner jobs;

    @BeforeEach
    void realTime() {
        clock.reset();
    }

    @Test
    void eachPartySeesOnlyItsOwnEvaluationsAndOthersGetNotFound() {
        EvaluationFixtures mine = new EvaluationFixtures(bootstrap);
        EvaluationFixtures theirs = new EvaluationFixtures(bootstrap);
        String agency = mine.agency();
        String mid = mine.filed().get(0);
        String theirMid = theirs.filed().get(0);
        mine.openMidTerm(clock, jobs, mid);

        mine.supplierCalls().get("/api/v1/evaluations").then().statusCode(200).body("total", equalTo(2))
                .body("items.id", hasItem(mid)).body("items.id", not(hasItem(theirMid)));
        mine.supplierCalls().get("/api/v1/evaluations/" + theirMid).then().statusCode(404);
        theirs.purchaser().get("/api/v1/evaluations/" + mid).then().statusCode(404);
        theirs.purchaser().body(EvaluationFixtures.scores(1, 1, 1, 1, 1, 1))
                .put("/api/v1/evaluations/" + mid + "/purchaser-scores").then().statusCode(404);
        theirs.supplierCalls().post("/api/v1/evaluations/" + mid + "/acceptance").then().statusCode(404);
        // an evaluator of an agency with an agency_id, but for another evaluation, and one without any
        EvaluationFixtures.evaluator(agency).get("/api/v1/evaluations/" + theirMid).then().statusCode(404);
        EvaluationFixtures.as(TestTokens.forAudience("govbuy-evaluation").subject("x").roles("evaluator").sign())
                .get("/api/v1/evaluations/" + mid).then().statusCode(404);
        // finance of the district oversees both; a purchaser cannot add an evaluation to another's contract
        EvaluationFixtures.finance().get("/api/v1/evaluations/" + mid).then().statusCode(200);
        theirs.purchaser().body("{\"contractId\":\"" + mine.contract + "\",\"opensOn\":\"2027-07-10\",\"reason\":\"投诉核查\"}")
                .post("/api/v1/evaluations").then().statusCode(404);
        mine.purchaser().body("{\"contractId\":\"" + mine.contract + "\",\"opensOn\":\"2027-07-02\",\"reason\":\"投诉核查\"}")
                .post("/api/v1/evaluations").then().statusCode(201).body("type", equalTo("AD_HOC"))
                .body("status", equalTo("OPEN"));
    }

    @Test
    void anEvaluationDueWhileTheServiceWasDownOpensWhenItComesBackAndIsFlaggedOverdue() {
        // filed for 2026, read only now (the 2 July mid-term and its window to 1 August have passed)
        EvaluationFixtures f = new EvaluationFixtures(bootstrap);
        f.startsOn = "2026-01-01";
        f.endsOn = "2026-12-31";
        String agency = f.agency();
        List<String> planned = f.filed();
        f.purchaser().get("/api/v1/evaluations/" + planned.get(0)).then().body("status", equalTo("SCHEDULED"))
                .body("opensOn", equalTo("2026-07-02")).body("overdue", equalTo(true));

        jobs.runDue(); // what the scheduler does on its first poll after a start

        f.purchaser().get("/api/v1/evaluations/" + planned.get(0)).then().body("status", equalTo("OPEN"))
                .body("agencyId", equalTo(agency)).body("overdue", equalTo(true))
                .body("overdueSince", org.hamcrest.Matchers.notNullValue());
        f.purchaser().get("/api/v1/evaluations/" + planned.get(1)).then().body("status", equalTo("SCHEDULED"))
                .body("overdue", equalTo(false));
        var records = TopicReader.readUntil(bootstrap, "evaluation.events", rs -> rs.stream()
                .anyMatch(r -> overdue(r, planned.get(0))), Duration.ofSeconds(30));
        assertThat(records.stream().filter(r -> overdue(r, planned.get(0)))).hasSize(1);
        jobs.runDue();
        f.purchaser().get("/api/v1/evaluations?contractId=" + f.contract).then().body("items.status",
                contains("OPEN", "SCHEDULED"));
    }

    private static boolean overdue(org.apache.kafka.clients.consumer.ConsumerRecord<String, String> r, String id) {
        return "govbuy.evaluation.evaluation.overdue.v1".equals(TopicReader.header(r, "ce_type"))
                && id.equals(TopicReader.header(r, "ce_subject"));
    }
}
