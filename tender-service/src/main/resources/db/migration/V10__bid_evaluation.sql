-- The committee's work on an opened lot (评标): bids it disqualified at review (资格审查/符合性审查),
-- every score sheet each member submitted (corrections are new revisions; none is overwritten),
-- and the lot's result when scoring closed.
CREATE TABLE bid_disqualification (
    bid_id          uuid            PRIMARY KEY REFERENCES bid (id),
    tender_id       uuid            NOT NULL REFERENCES tender (id),
    lot_no          integer         NOT NULL,
    reason          varchar(2000)   NOT NULL,
    recorded_by     varchar(200)    NOT NULL,
    recorded_at     timestamptz     NOT NULL
);
CREATE INDEX bid_disqualification_lot ON bid_disqualification (tender_id, lot_no);

CREATE TABLE score_sheet (
    id              uuid            PRIMARY KEY,
    tender_id       uuid            NOT NULL REFERENCES tender (id),
    lot_no          integer         NOT NULL,
    member          varchar(200)    NOT NULL,
    member_name     varchar(100)    NOT NULL,
    revision        integer         NOT NULL,
    scores          jsonb           NOT NULL,
    submitted_at    timestamptz     NOT NULL,
    current         boolean         NOT NULL,
    UNIQUE (tender_id, lot_no, member, revision)
);
CREATE UNIQUE INDEX score_sheet_current ON score_sheet (tender_id, lot_no, member) WHERE current;

CREATE TABLE lot_result (
    tender_id       uuid            NOT NULL REFERENCES tender (id),
    lot_no          integer         NOT NULL,
    outcome         varchar(20)     NOT NULL,
    ranking         jsonb           NOT NULL,
    recommended_bid uuid,
    report          varchar(8000)   NOT NULL,
    closed_by       varchar(200)    NOT NULL,
    closed_at       timestamptz     NOT NULL,
    PRIMARY KEY (tender_id, lot_no)
);
