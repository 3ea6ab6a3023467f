package org.govbuy.platform.draw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SeededDrawTest {

    @Test
    void aTicketIsTheSha256OfSeedColonCandidateIdSoAnyToolCanRecomputeIt() {
        // echo -n "s33d:00000000-0000-0000-0000-000000000001" | sha256sum
        assertThat(SeededDraw.ticket("s33d", UUID.fromString("00000000-0000-0000-0000-000000000001")))
                .isEqualTo("6e208295fc52967bad8544324205a2b51c29d51b5911c580a1866008c2a4a8eb");
        assertThat(SeededDraw.ticket("s33d", "00000000-0000-0000-0000-000000000001"))
                .isEqualTo("6e208295fc52967bad8544324205a2b51c29d51b5911c580a1866008c2a4a8eb");
    }

    @Test
    void theOrderDependsOnTheSeedOnlyNotOnHowTheCandidatesWereListed() {
        List<UUID> candidates = IntStream.range(0, 20).mapToObj(i -> UUID.randomUUID()).toList();
        List<UUID> reversed = new ArrayList<>(candidates).reversed();
        List<UUID> order = SeededDraw.order("seed-1", candidates);
        assertThat(SeededDraw.order("seed-1", reversed)).isEqualTo(order);
        assertThat(order).isSortedAccordingTo((a, b) -> SeededDraw.ticket("seed-1", a)
                .compareTo(SeededDraw.ticket("seed-1", b)));
        assertThat(SeededDraw.order("seed-2", candidates)).containsExactlyInAnyOrderElementsOf(order).isNotEqualTo(order);
    }
}
