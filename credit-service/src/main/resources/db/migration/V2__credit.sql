-- Credit (信用): the rest of the register, credit records with their audit trail, debarments,
-- disclosure obligations and the abnormal list, eligibility snapshots.

ALTER TABLE supplier
    ADD COLUMN rating_level          varchar(10)  NOT NULL DEFAULT 'NONE',
    ADD COLUMN rated_on              date,
    ADD COLUMN rating_authority      varchar(100),
    ADD COLUMN deregistered_on       date,
    ADD COLUMN deregistration_reason varchar(1000),
    ADD COLUMN credit_score          numeric(5, 2),
    ADD COLUMN credit_level          char(1),
    ADD COLUMN scored_on             date,
    ADD COLUMN policy_version        varchar(40);

-- Chinese substring search on names (e.g. 敬老 finds 星光敬老协会) uses a trigram index.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX supplier_name_trgm ON supplier USING gin (name gin_trgm_ops);

CREATE TABLE supplier_change (
    id          uuid          PRIMARY KEY,
    uscc        char(18)      NOT NULL REFERENCES supplier (uscc),
    field       varchar(40)   NOT NULL,
    old_value   varchar(300),
    new_value   varchar(300),
    changed_by  varchar(100)  NOT NULL,
    changed_at  timestamptz   NOT NULL
);
CREATE INDEX supplier_change_uscc ON supplier_change (uscc, changed_at);

CREATE TABLE supplier_affiliate (
    uscc            char(18)      NOT NULL REFERENCES supplier (uscc),
    affiliate_uscc  char(18)      NOT NULL REFERENCES supplier (uscc),
    relation        varchar(30)   NOT NULL,
    recorded_at     timestamptz   NOT NULL,
    recorded_by     varchar(100)  NOT NULL,
    PRIMARY KEY (uscc, affiliate_uscc),
    CHECK (uscc <> affiliate_uscc)
);

CREATE TABLE annual_inspection (
    uscc         char(18)      NOT NULL REFERENCES supplier (uscc),
    year         integer       NOT NULL,
    result       varchar(20)   NOT NULL,
    recorded_at  timestamptz   NOT NULL,
    recorded_by  varchar(100)  NOT NULL,
    PRIMARY KEY (uscc, year)
);

CREATE TABLE compliance_record (
    id                  uuid          PRIMARY KEY,
    uscc                char(18)      NOT NULL REFERENCES supplier (uscc),
    kind                varchar(20)   NOT NULL,
    in_good_standing    boolean       NOT NULL,
    as_of               date          NOT NULL,
    evidence_reference  varchar(300)  NOT NULL,
    recorded_at         timestamptz   NOT NULL,
    recorded_by         varchar(100)  NOT NULL
);
CREATE INDEX compliance_record_uscc ON compliance_record (uscc);

CREATE TABLE credit_record (
    id                  uuid           PRIMARY KEY,
    uscc                char(18)       NOT NULL REFERENCES supplier (uscc),
    kind                varchar(40)    NOT NULL,
    severity            varchar(10)    NOT NULL,
    positive            boolean        NOT NULL,
    source              varchar(30)    NOT NULL,
    evidence_reference  varchar(300)   NOT NULL,
    reason              varchar(1000)  NOT NULL,
    occurred_on         date           NOT NULL,
    counts_until        date           NOT NULL,
    entered_by          varchar(100)   NOT NULL,
    entered_at          timestamptz    NOT NULL,
    status              varchar(20)    NOT NULL,
    source_event_id     varchar(64)    UNIQUE,
    version             bigint         NOT NULL DEFAULT 0,
    CHECK (counts_until > occurred_on)
);
CREATE INDEX credit_record_uscc ON credit_record (uscc);

CREATE TABLE credit_record_amendment (
    id               uuid           PRIMARY KEY,
    record_id        uuid           NOT NULL REFERENCES credit_record (id),
    action           varchar(20)    NOT NULL,
    reason           varchar(1000)  NOT NULL,
    amended_by       varchar(100)   NOT NULL,
    amended_at       timestamptz    NOT NULL,
    previous_values  varchar(300)
);
CREATE INDEX credit_record_amendment_record ON credit_record_amendment (record_id, amended_at);

CREATE TABLE debarment (
    id                    uuid           PRIMARY KEY,
    uscc                  char(18)       NOT NULL REFERENCES supplier (uscc),
    starts_on             date           NOT NULL,
    ends_on               date           NOT NULL,
    reason                varchar(1000)  NOT NULL,
    record_id             uuid           REFERENCES credit_record (id),
    affiliate_of          char(18),
    reinstated_on         date,
    reinstatement_reason  varchar(1000),
    reinstated_by         varchar(100),
    end_announced_at      timestamptz
);
CREATE INDEX debarment_uscc ON debarment (uscc);

CREATE TABLE disclosure_obligation (
    id                   uuid          PRIMARY KEY,
    uscc                 char(18)      NOT NULL REFERENCES supplier (uscc),
    kind                 varchar(20)   NOT NULL,
    subject              varchar(300)  NOT NULL,
    due_on               date          NOT NULL,
    fulfilled_on         date,
    notice_issued_on     date,
    correction_deadline  date
);
CREATE UNIQUE INDEX disclosure_annual_report_once ON disclosure_obligation (uscc, subject) WHERE kind = 'ANNUAL_REPORT';
CREATE INDEX disclosure_obligation_open ON disclosure_obligation (due_on) WHERE fulfilled_on IS NULL;

CREATE TABLE abnormal_listing (
    id            uuid           PRIMARY KEY,
    uscc          char(18)       NOT NULL REFERENCES supplier (uscc),
    listed_on     date           NOT NULL,
    reason        varchar(1000)  NOT NULL,
    cleared_on    date,
    clear_reason  varchar(1000)
);
CREATE INDEX abnormal_listing_uscc ON abnormal_listing (uscc);

CREATE TABLE eligibility_snapshot (
    id              uuid          PRIMARY KEY,
    uscc            varchar(18)   NOT NULL,
    asked_for       date          NOT NULL,
    eligible        boolean       NOT NULL,
    failed          jsonb         NOT NULL,
    policy_version  varchar(40)   NOT NULL,
    computed_at     timestamptz   NOT NULL,
    asked_by        varchar(100)  NOT NULL
);
