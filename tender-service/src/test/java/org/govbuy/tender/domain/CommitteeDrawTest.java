package org.govbuy.tender.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import org.govbuy.platform.error.IllegalTransitionException;
import org.govbuy.platform.error.UnprocessableRequest;

/** The committee's draw (in the order of {@link org.govbuy.platform.draw.SeededDraw}) and size rules, as plain Java. */
class CommitteeDrawTest {

    private static final CommitteeRules RULES = new CommitteeRules(5, 7, new BigDecimal("10000000"), 2, 3);
    private static final Instant NOW = Instant.parse("2027-03-01T02:00:00Z");
    private static final String BIDDER = "52110108MJ0000001Y";

    @Test
    void aCommitteeHasAnOddNumberOfAtLeastFiveOrSevenFromTenMillionAndTwoThirdsExperts() {
        assertThat(RULES.membersFor(new Money(new BigDecimal("9999999.99")))).isEqualTo(5);
        assertThat(RULES.membersFor(new Money(new BigDecimal("10000000")))).isEqualTo(7);
        assertThat(RULES.minimumExperts(5)).isEqualTo(4);
        assertThat(RULES.minimumExperts(7)).isEqualTo(5);
        assertThat(RULES.minimumExperts(9)).isEqualTo(6);
        Money small = new Money(new BigDecimal("500000"));
        RULES.requireSound(5, 1, small);
        RULES.requireSound(9, 3, small);
        assertThatThrownBy(() -> RULES.requireSound(6, 0, small)).isInstanceOfSatisfying(UnprocessableRequest.class,
                e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("members"));
        assertThatThrownBy(() -> RULES.requireSound(5, 2, small)).isInstanceOfSatisfying(UnprocessableRequest.class,
                e -> assertThat(e.violations()).extracting(v -> v.field()).containsExactly("purchaserRepresentatives"));
        assertThatThrownBy(() -> RULES.requireSound(5, 0, new Money(new BigDecimal("12000000"))))
                .isInstanceOfSatisfying(UnprocessableRequest.class,
                        e -> assertThat(e.violations().getFirst().rule()).contains("at least 7 members"));
    }

    @Test
    void expertsTiedToABidderOrOfAnotherSpecialtyOrRegionAreNeverDrawn() {
        List<Expert> pool = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            pool.add(expert("养老专家" + i, "110108", "A07"));
        }
        Expert tied = expert("关联专家", "110108", "A07.02", new Expert.Affiliation(BIDDER, "理事"));
        Expert otherSpecialty = expert("教育专家", "110108", "B01");
        Expert otherDistrict = expert("徐汇专家", "310104", "A07");
        Expert city = expert("北京市专家", "110000", "A07.02");
        pool.addAll(List.of(tied, otherSpecialty, otherDistrict, city));

        Committee.Drawn drawn = Committee.draw(openedTender(), List.of(BIDDER), pool,
                List.of(new Committee.Representative("buyer.haidian", "李华")), 5, RULES, "seed", "buyer", NOW);

        assertThat(drawn.committee().drawOrder).hasSize(7).doesNotContain(tied.id, otherSpecialty.id, otherDistrict.id)
                .contains(city.id);
        assertThat(drawn.committee().exclusions).singleElement()
                .satisfies(x -> assertThat(x.reason()).contains("理事").contains(BIDDER));
        assertThat(drawn.members()).hasSize(5);
        assertThat(drawn.members().subList(0, 4)).extracting(m -> m.expertId)
                .containsExactlyElementsOf(drawn.committee().drawOrder.subList(0, 4));
        assertThat(drawn.members().get(4).kind).isEqualTo(CommitteeMember.Kind.PURCHASER_REPRESENTATIVE);
    }

    @Test
    void tooFewUntiedExpertsAndNoCommitteeBeforeTheOpening() {
        List<Expert> pool = List.of(expert("一", "110108", "A07"), expert("二", "110108", "A07"),
                expert("三", "110108", "A07"), expert("四", "110108", "A07", new Expert.Affiliation(BIDDER, "雇员")));
        assertThatThrownBy(() -> Committee.draw(openedTender(), List.of(BIDDER), pool, List.of(
                new Committee.Representative("buyer.haidian", "李华")), 5, RULES, "seed", "buyer", NOW))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("only 3 experts");
        Tender closed = openedTender();
        closed.status = TenderStatus.CLOSED;
        assertThatThrownBy(() -> Committee.draw(closed, List.of(), pool, List.of(), 5, RULES, "seed", "buyer", NOW))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("opened");
    }

    @Test
    void aMemberWhoDeclaresAConflictIsReplacedByTheNextInTheOrderAndTheCommitteeFormsWhenAllDeclaredNone() {
        List<Expert> pool = IntStream.range(0, 6).mapToObj(i -> expert("专家" + i, "110108", "A07")).toList();
        Committee.Drawn drawn = Committee.draw(openedTender(), List.of(BIDDER), pool, List.of(), 5, RULES, "seed", "b", NOW);
        Committee committee = drawn.committee();
        List<CommitteeMember> members = new ArrayList<>(drawn.members());

        Optional<CommitteeMember> replacement = committee.declare(members.get(2), "与投标人负责人系同学", members,
                id -> pool.stream().filter(e -> e.id.equals(id)).findFirst().orElseThrow(), NOW);
        assertThat(members.get(2).status).isEqualTo(CommitteeMember.Status.WITHDRAWN);
        assertThat(replacement).get().satisfies(r -> {
            assertThat(r.expertId).isEqualTo(committee.drawOrder.get(5));
            assertThat(r.drawPosition).isEqualTo(6);
        });
        members.add(replacement.orElseThrow());
        for (CommitteeMember m : members) {
            if (m.status == CommitteeMember.Status.DRAWN) {
                assertThat(committee.status).isEqualTo(Committee.Status.DECLARING);
                committee.declare(m, null, members, id -> null, NOW);
            }
        }
        assertThat(committee.status).isEqualTo(Committee.Status.FORMED);
        assertThat(committee.formedAt).isEqualTo(NOW);
        assertThatThrownBy(() -> committee.declare(members.get(0), null, members, id -> null, NOW))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void withNoExpertLeftToReplaceAWithdrawnMemberTheCommitteeIsShort() {
        List<Expert> pool = IntStream.range(0, 5).mapToObj(i -> expert("专家" + i, "110108", "A07")).toList();
        Committee.Drawn drawn = Committee.draw(openedTender(), List.of(), pool, List.of(), 5, RULES, "seed", "b", NOW);
        assertThat(drawn.committee().declare(drawn.members().get(0), "亲属在投标单位任职", drawn.members(), id -> null, NOW))
                .isEmpty();
        assertThat(drawn.committee().status).isEqualTo(Committee.Status.SHORT);
    }

    private static Tender openedTender() {
        Tender tender = new Tender();
        tender.id = UUID.randomUUID();
        tender.status = TenderStatus.OPENED;
        tender.region = "110108";
        tender.subItemCode = "A07.02";
        tender.lots.add(Lot.of(tender.id, 1, "全区", new Money(new BigDecimal("900000"))));
        return tender;
    }

    private static Expert expert(String name, String region, String specialty, Expert.Affiliation... ties) {
        return Expert.register("u-" + UUID.randomUUID(), name, region, List.of(specialty), List.of(ties), "finance", NOW);
    }
}
