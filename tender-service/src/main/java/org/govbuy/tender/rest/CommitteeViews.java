package org.govbuy.tender.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.govbuy.tender.domain.Committee;
import org.govbuy.platform.draw.SeededDraw;
import org.govbuy.tender.domain.CommitteeMember;
import org.govbuy.tender.domain.Expert;

/** What the API shows of experts and committees. */
public final class CommitteeViews {

    private CommitteeViews() {
    }

    public record ExpertView(UUID id, String username, String name, String region, List<String> specialties,
            List<Expert.Affiliation> affiliations, String status, Instant registeredAt) {

        static ExpertView of(Expert e) {
            return new ExpertView(e.id, e.username, e.name, e.region, e.specialties, e.affiliations, e.status.name(),
                    e.registeredAt);
        }
    }

    /** A seat: the member's login (for those who may see the committee, never published), name and declaration. */
    public record MemberView(String username, String name, String kind, String status, Integer drawPosition,
            String conflict, Instant declaredAt) {

        static MemberView of(CommitteeMember m) {
            return new MemberView(m.username, m.name, m.kind.name(), m.status.name(), m.drawPosition, m.conflict,
                    m.declaredAt);
        }
    }

    /** One place in the draw: anyone can recompute {@code ticket} as SHA-256("seed:expertId"). */
    public record DrawPlaceView(int position, UUID expertId, String ticket) {
    }

    /** The committee with its draw's record: seed, order and exclusions, for an auditor to re-run. */
    public record CommitteeView(UUID tenderId, String status, int membersWanted, List<MemberView> members,
            List<String> bidders, String seed, List<DrawPlaceView> drawOrder, List<Committee.Exclusion> exclusions,
            Instant drawnAt, Instant formedAt) {

        static CommitteeView of(Committee c, List<CommitteeMember> members) {
            List<DrawPlaceView> order = IntStream.range(0, c.drawOrder.size()).mapToObj(i -> new DrawPlaceView(i + 1,
                    c.drawOrder.get(i), SeededDraw.ticket(c.seed, c.drawOrder.get(i)))).toList();
            return new CommitteeView(c.tenderId, c.status.name(), c.membersWanted,
                    members.stream().map(MemberView::of).toList(), c.bidders, c.seed, order, c.exclusions, c.drawnAt,
                    c.formedAt);
        }
    }
}
