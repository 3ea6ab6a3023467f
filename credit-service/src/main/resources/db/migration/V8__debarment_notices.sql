-- Before a supplier is debarred it is notified and may state its case (告知/申辩); the debarment
-- takes effect when the statement period ends without a statement, or by the authority's decision.
CREATE TABLE debarment_notice (
    id                  uuid           PRIMARY KEY,
    record_id           uuid           NOT NULL UNIQUE REFERENCES credit_record (id),
    uscc                varchar(18)    NOT NULL REFERENCES supplier (uscc),
    status              varchar(20)    NOT NULL,
    notified_on         date           NOT NULL,
    statement_deadline  date           NOT NULL,
    statement           varchar(2000),
    statement_at        timestamptz,
    decided_on          date,
    decided_by          varchar(100),
    decision_reason     varchar(1000)
);
CREATE INDEX debarment_notice_pending ON debarment_notice (uscc) WHERE status = 'PENDING';
