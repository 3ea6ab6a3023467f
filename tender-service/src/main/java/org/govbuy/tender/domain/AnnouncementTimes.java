package org.govbuy.tender.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.govbuy.platform.error.Problem;
import org.govbuy.platform.error.UnprocessableRequest;
import org.govbuy.platform.time.WorkingDayCalendar;

/**
 * The times an announcement states, and the rules they must keep (ADR 31): a deadline in the
 * future, an opening not before it, a service period that ends after it starts, and the minimum
 * period of the procurement method counted from the announcement — calendar days for tenders,
 * working days on the official calendar for negotiation, after the notice for a single source.
 */
final class AnnouncementTimes {

    private AnnouncementTimes() {
    }

    /** The end of a single-source notice announced at {@code now}: the start of the day after its last working day. */
    static Instant noticeEnd(Instant now, TenderRules rules, WorkingDayCalendar calendar) {
        return AwardRules.workingDaysEnd(now, rules.singleSourceNoticeWorkingDays(), rules.zone(), calendar);
    }

    /** Every broken rule at once, as a 422 naming the fields. */
    static void requireSound(ProcurementMethod method, Instant bidDeadline, Instant openingAt, LocalDate serviceStartsOn,
            LocalDate serviceEndsOn, Instant now, Instant announced, TenderRules rules, WorkingDayCalendar calendar) {
        List<Problem.Violation> problems = new ArrayList<>();
        if (!bidDeadline.isAfter(now)) {
            problems.add(new Problem.Violation("bidDeadline", "must be in the future"));
        }
        if (openingAt.isBefore(bidDeadline)) {
            problems.add(new Problem.Violation("openingAt", "must not be before the bid deadline"));
        }
        if (serviceEndsOn.isBefore(serviceStartsOn)) {
            problems.add(new Problem.Violation("serviceEndsOn", "must not be before serviceStartsOn"));
        }
        minimumPeriodProblem(method, bidDeadline, announced, rules, calendar).ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new UnprocessableRequest("the announcement's times break the rules", problems);
        }
    }

    private static Optional<Problem.Violation> minimumPeriodProblem(ProcurementMethod method, Instant bidDeadline,
            Instant announced, TenderRules rules, WorkingDayCalendar calendar) {
        LocalDate announcedOn = LocalDate.ofInstant(announced, rules.zone());
        LocalDate deadlineOn = LocalDate.ofInstant(bidDeadline, rules.zone());
        return switch (method) {
            case OPEN_TENDER, INVITED_TENDER -> {
                int days = method == ProcurementMethod.OPEN_TENDER ? rules.openTenderMinDays() : rules.invitedTenderMinDays();
                Instant earliest = announced.plus(Duration.ofDays(days));
                yield bidDeadline.isBefore(earliest) ? Optional.of(new Problem.Violation("bidDeadline", "an " + method
                        + " leaves bidders at least " + days + " days after the announcement (until " + earliest + ")"))
                        : Optional.empty();
            }
            case COMPETITIVE_NEGOTIATION -> {
                LocalDate earliest = calendar.plusWorkingDays(announcedOn, rules.negotiationMinWorkingDays());
                yield deadlineOn.isBefore(earliest) ? Optional.of(new Problem.Violation("bidDeadline",
                        "competitive negotiation leaves at least " + rules.negotiationMinWorkingDays()
                                + " working days (deadline on " + earliest + " or later)"))
                        : Optional.empty();
            }
            case SINGLE_SOURCE -> {
                Instant noticeEnds = noticeEnd(announced, rules, calendar);
                yield bidDeadline.isBefore(noticeEnds) ? Optional.of(new Problem.Violation("bidDeadline",
                        "a single source takes its bid after the " + rules.singleSourceNoticeWorkingDays()
                                + "-working-day notice, which ends " + noticeEnds))
                        : Optional.empty();
            }
        };
    }
}
