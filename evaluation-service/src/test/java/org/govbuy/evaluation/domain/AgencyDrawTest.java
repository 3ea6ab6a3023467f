package org.govbuy.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.govbuy.platform.draw.SeededDraw;

/** The agency draw: reproducible from its seed, and never an agency tied to the supplier's side or over its limit. */
class AgencyDrawTest {

    private static final Instant NOW = Instant.parse("2027-07-02T01:00:00Z");
    private static final AgencyDraw.Rules RULES = new AgencyDraw.Rules("THIRD_PARTY_EVALUATION", 2);
    private static final String SUPPLIER = "52110108MJ0000001Y";
    private static final String MEMBER = "53110000MJ00000039";

    @Test
    void theSameSeedDrawsTheSameAgencyHoweverThePoolIsListedAndTheFirstTicketWins() {
        List<Agency> pool = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            pool.add(agency("AG-" + i, "A07"));
        }
        AgencyDraw draw = AgencyDraw.draw("seed-1", pool, contract(), Map.of(), RULES);
        AgencyDraw again = AgencyDraw.draw("seed-1", new ArrayList<>(pool).reversed(), contract(), Map.of(), RULES);
        assertThat(again).isEqualTo(draw);
        assertThat(draw.candidates()).hasSize(8)
                .isSortedAccordingTo((a, b) -> SeededDraw.ticket("seed-1", a).compareTo(SeededDraw.ticket("seed-1", b)));
        assertThat(draw.drawn()).contains(draw.candidates().getFirst());
        assertThat(AgencyDraw.draw("seed-2", pool, contract(), Map.of(), RULES).candidates())
                .containsExactlyInAnyOrderElementsOf(draw.candidates()).isNotEqualTo(draw.candidates());
    }

    @Test
    void agenciesTiedToTheSupplierOrAMemberUnqualifiedOfAnotherSpecialtySuspendedOrAtTheLimitAreNeverDrawn() {
        Agency free = agency("AG-FREE", "A07");
        Agency ownedBySupplier = agency("AG-TIED", "A07");
        ownedBySupplier.affiliations = List.of(SUPPLIER);
        Agency tiedToMember = agency("AG-MEMBER", "A");
        tiedToMember.affiliations = List.of(MEMBER);
        Agency isTheSupplier = Agency.register("AG-SELF", "自评", SUPPLIER, "110108", List.of("THIRD_PARTY_EVALUATION"),
                List.of("A07"), List.of(), "civil", NOW);
        Agency unqualified = agency("AG-UNQ", "A07");
        unqualified.qualifications = List.of("ACCOUNTING");
        Agency education = agency("AG-EDU", "B01");
        Agency suspended = agency("AG-SUS", "A07");
        suspended.change(Agency.Status.SUSPENDED, "报告造假", NOW);
        Agency busy = agency("AG-BUSY", "A07.02");

        for (int i = 0; i < 50; i++) {
            AgencyDraw draw = AgencyDraw.draw(SeededDraw.newSeed(), List.of(free, ownedBySupplier, tiedToMember,
                    isTheSupplier, unqualified, education, suspended, busy), contract(), Map.of("AG-BUSY", 2L), RULES);
            assertThat(draw.drawn()).contains("AG-FREE");
            assertThat(draw.candidates()).containsExactly("AG-FREE");
            assertThat(draw.exclusions()).containsOnlyKeys("AG-TIED", "AG-MEMBER", "AG-SELF", "AG-UNQ", "AG-EDU",
                    "AG-SUS", "AG-BUSY");
            assertThat(draw.exclusions().get("AG-MEMBER")).contains("tied to the supplier's side");
            assertThat(draw.exclusions().get("AG-BUSY")).isEqualTo("2 open assignments, the limit is 2");
            assertThat(draw.exclusions().get("AG-SUS")).isEqualTo("SUSPENDED: 报告造假");
        }
        assertThat(AgencyDraw.draw("s", List.of(busy), contract(), Map.of("AG-BUSY", 1L), RULES).drawn()).contains("AG-BUSY");
        assertThat(AgencyDraw.draw("s", List.of(ownedBySupplier), contract(), Map.of(), RULES).drawn()).isEmpty();
    }

    private static Agency agency(String id, String specialty) {
        String uscc = ("52110108" + UUID.randomUUID().toString().replace("-", "").toUpperCase()).substring(0, 18);
        return Agency.register(id, "评估机构" + id, uscc, "110108", List.of("THIRD_PARTY_EVALUATION"), List.of(specialty),
                List.of(), "civil", NOW);
    }

    private static ContractRecord contract() {
        ContractRecord c = new ContractRecord();
        c.contractId = UUID.randomUUID();
        c.subItemCode = "A07.02";
        c.supplierUscc = SUPPLIER;
        c.memberUsccs = List.of(MEMBER);
        return c;
    }
}
