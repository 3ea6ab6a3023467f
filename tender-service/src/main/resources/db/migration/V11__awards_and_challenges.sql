-- What the announcement states about the award: whether the service is stable and continuous (its
-- contract may run 36 months) and what happens when a winner declines.
ALTER TABLE tender ADD COLUMN stable_service boolean NOT NULL DEFAULT false;
ALTER TABLE tender ADD COLUMN on_abandonment varchar(20) NOT NULL DEFAULT 'NEXT_RANKED';

-- A lot's award: the recommended bid published for the publicity period (中标公示), open to challenges
-- (质疑), then final with its award notice (中标通知书) — or withdrawn by an upheld challenge, or
-- abandoned by the winner. A lot has at most one award in progress or final at a time.
CREATE TABLE lot_award (
    id                      uuid            PRIMARY KEY,
    tender_id               uuid            NOT NULL REFERENCES tender (id),
    lot_no                  integer         NOT NULL,
    round                   integer         NOT NULL,
    bid_id                  uuid            NOT NULL REFERENCES bid (id),
    rank                    integer         NOT NULL,
    lead_uscc               varchar(18)     NOT NULL,
    member_usccs            jsonb           NOT NULL,
    price                   numeric(18, 2)  NOT NULL,
    status                  varchar(20)     NOT NULL,
    published_at            timestamptz     NOT NULL,
    publicity_ends_at       timestamptz     NOT NULL,
    challenges_close_at     timestamptz     NOT NULL,
    finalised_at            timestamptz,
    notice_number           varchar(60),
    ended_at                timestamptz,
    end_reason              varchar(2000),
    version                 bigint          NOT NULL DEFAULT 0,
    UNIQUE (tender_id, lot_no, round)
);
CREATE UNIQUE INDEX lot_award_current ON lot_award (tender_id, lot_no) WHERE status IN ('PUBLICISED', 'FINAL');

CREATE TABLE award_challenge (
    id              uuid            PRIMARY KEY,
    award_id        uuid            NOT NULL REFERENCES lot_award (id),
    tender_id       uuid            NOT NULL REFERENCES tender (id),
    lot_no          integer         NOT NULL,
    challenger      varchar(18)     NOT NULL,
    grounds         varchar(4000)   NOT NULL,
    -- the bidder's evidence: for the purchaser and oversight, never published
    evidence        varchar(8000)   NOT NULL,
    filed_at        timestamptz     NOT NULL,
    answer_due_at   timestamptz     NOT NULL,
    answer          varchar(4000),
    upheld          boolean,
    resolution      varchar(20),
    answered_by     varchar(200),
    answered_at     timestamptz
);
CREATE INDEX award_challenge_award ON award_challenge (award_id);
