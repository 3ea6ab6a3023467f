-- An abnormally low price (明显低于其他报价): the committee asks the bidder to justify it in writing
-- within a set time, then accepts the justification or the bid is disqualified.
CREATE TABLE price_justification (
    bid_id          uuid            PRIMARY KEY REFERENCES bid (id),
    tender_id       uuid            NOT NULL REFERENCES tender (id),
    lot_no          integer         NOT NULL,
    threshold       numeric(18, 2)  NOT NULL,
    requested_by    varchar(200)    NOT NULL,
    requested_at    timestamptz     NOT NULL,
    due_at          timestamptz     NOT NULL,
    justification   varchar(8000),
    justified_at    timestamptz,
    accepted        boolean,
    decision        varchar(2000),
    decided_by      varchar(200),
    decided_at      timestamptz
);
CREATE INDEX price_justification_lot ON price_justification (tender_id, lot_no);
