-- A purchase contract (购买服务合同), drafted from a final award (or a renewal of an earlier contract),
-- signed by both parties, filed with finance (备案) and then active until completed or terminated.
CREATE TABLE contract (
    id                      uuid            PRIMARY KEY,
    -- the award it comes from; one contract per award, however often the award event arrives
    award_id                uuid            UNIQUE,
    award_event_id          varchar(100),
    renewal_of              uuid            REFERENCES contract (id),
    tender_id               uuid,
    lot_id                  uuid,
    lot_no                  integer,
    notice_number           varchar(60),
    method                  varchar(30)     NOT NULL,
    title                   varchar(500)    NOT NULL,
    org_code                varchar(60)     NOT NULL,
    region                  char(6)         NOT NULL,
    fiscal_year             integer         NOT NULL,
    sub_item_code           varchar(60)     NOT NULL,
    supplier_uscc           varchar(18)     NOT NULL,
    supplier_name           varchar(500),
    member_usccs            jsonb           NOT NULL,
    amount                  numeric(18, 2)  NOT NULL CHECK (amount >= 0),
    -- the amount as first signed: amendments never raise the amount beyond a share of it
    original_amount         numeric(18, 2)  NOT NULL CHECK (original_amount >= 0),
    service_starts_on       date            NOT NULL,
    service_ends_on         date            NOT NULL,
    -- the latest end the award allows: the draft may shorten the term, never lengthen it
    award_ends_on           date            NOT NULL,
    stable_service          boolean         NOT NULL,
    clauses                 jsonb           NOT NULL,
    funding_shares          jsonb           NOT NULL,
    status                  varchar(20)     NOT NULL,
    drafted_at              timestamptz     NOT NULL,
    signing_due_at          timestamptz     NOT NULL,
    purchaser_signed_by     varchar(200),
    purchaser_signed_at     timestamptz,
    supplier_signed_by      varchar(200),
    supplier_signed_at      timestamptz,
    filing_submitted_by     varchar(200),
    filing_submitted_at     timestamptz,
    filing_returned_reason  varchar(2000),
    filed_by                varchar(200),
    filed_at                timestamptz,
    publication_due_at      timestamptz,
    published_at            timestamptz,
    -- the supplier's bank account for payments, and the purchaser's notes: never disclosed
    supplier_bank_account   varchar(200),
    internal_note           varchar(4000),
    ended_at                timestamptz,
    end_reason              varchar(2000),
    termination_cause       varchar(30),
    CHECK (service_ends_on >= service_starts_on)
);
CREATE INDEX contract_org ON contract (org_code, drafted_at DESC);
CREATE INDEX contract_supplier ON contract (supplier_uscc, drafted_at DESC);
CREATE INDEX contract_published ON contract (published_at DESC) WHERE published_at IS NOT NULL;

-- Deliverables with quantified targets (e.g. at least 12 training sessions over the term, 3 bulletins a week)
CREATE TABLE deliverable (
    id              uuid            PRIMARY KEY,
    contract_id     uuid            NOT NULL REFERENCES contract (id),
    number          integer         NOT NULL,
    name            varchar(500)    NOT NULL,
    target          numeric(18, 2)  NOT NULL CHECK (target > 0),
    unit            varchar(60)     NOT NULL,
    per             varchar(10)     NOT NULL,
    UNIQUE (contract_id, number)
);

CREATE TABLE milestone (
    id              uuid            PRIMARY KEY,
    contract_id     uuid            NOT NULL REFERENCES contract (id),
    number          integer         NOT NULL,
    name            varchar(500)    NOT NULL,
    due_on          date            NOT NULL,
    status          varchar(20)     NOT NULL,
    submitted_at    timestamptz,
    evidence        jsonb,
    decided_by      varchar(200),
    decided_at      timestamptz,
    reason          varchar(2000),
    UNIQUE (contract_id, number)
);

-- The payment schedule: each installment is a share of the amount or an amount, with its trigger
CREATE TABLE installment (
    id              uuid            PRIMARY KEY,
    contract_id     uuid            NOT NULL REFERENCES contract (id),
    number          integer         NOT NULL,
    trigger         varchar(30)     NOT NULL,
    milestone_no    integer,
    share           numeric(7, 4),
    amount          numeric(18, 2)  NOT NULL CHECK (amount >= 0),
    -- what its trigger released: null while the trigger has not happened
    payable         numeric(18, 2)  CHECK (payable >= 0 AND payable <= amount),
    released_at     timestamptz,
    released_by     varchar(200),
    policy_version  varchar(30),
    grade           varchar(20),
    rectification_required boolean  NOT NULL DEFAULT false,
    UNIQUE (contract_id, number)
);

CREATE TABLE progress_report (
    id              uuid            PRIMARY KEY,
    contract_id     uuid            NOT NULL REFERENCES contract (id),
    period_from     date            NOT NULL,
    period_to       date            NOT NULL,
    narrative       varchar(8000),
    items           jsonb           NOT NULL,
    reported_by     varchar(200)    NOT NULL,
    reported_at     timestamptz     NOT NULL,
    CHECK (period_to >= period_from)
);
CREATE INDEX progress_report_contract ON progress_report (contract_id, period_from);

-- Payments: requested by the purchaser, approved by finance (another person), then recorded as paid
CREATE TABLE payment (
    id              uuid            PRIMARY KEY,
    contract_id     uuid            NOT NULL REFERENCES contract (id),
    installment_id  uuid            NOT NULL REFERENCES installment (id),
    amount          numeric(18, 2)  NOT NULL CHECK (amount > 0),
    status          varchar(20)     NOT NULL,
    requested_by    varchar(200)    NOT NULL,
    requested_at    timestamptz     NOT NULL,
    decided_by      varchar(200),
    decided_at      timestamptz,
    rejection       varchar(2000),
    paid_on         date,
    fiscal_year     integer,
    paid_by         varchar(200),
    paid_at         timestamptz
);
CREATE INDEX payment_contract ON payment (contract_id, requested_at);

-- Each payment split by the contract's funding shares, per level of government (no cent lost)
CREATE TABLE payment_share (
    id              uuid            PRIMARY KEY,
    payment_id      uuid            NOT NULL REFERENCES payment (id),
    contract_id     uuid            NOT NULL REFERENCES contract (id),
    level           varchar(20)     NOT NULL,
    fiscal_year     integer         NOT NULL,
    amount          numeric(18, 2)  NOT NULL CHECK (amount >= 0),
    UNIQUE (payment_id, level)
);
CREATE INDEX payment_share_contract ON payment_share (contract_id, fiscal_year);

-- Evaluation results received from evaluation-service (评估兑现): what they released is on the installments
CREATE TABLE evaluation_result (
    evaluation_id   varchar(100)    PRIMARY KEY,
    contract_id     uuid            NOT NULL REFERENCES contract (id),
    type            varchar(20)     NOT NULL,
    re_evaluation   boolean         NOT NULL,
    grade           varchar(20)     NOT NULL,
    score           numeric(6, 2),
    rectification_required boolean  NOT NULL,
    completed_on    date            NOT NULL,
    received_at     timestamptz     NOT NULL
);
CREATE INDEX evaluation_result_contract ON evaluation_result (contract_id, completed_on);

-- Amendments after signing: both sign, finance re-files, then they apply
CREATE TABLE amendment (
    id                  uuid            PRIMARY KEY,
    contract_id         uuid            NOT NULL REFERENCES contract (id),
    number              integer         NOT NULL,
    reason              varchar(2000)   NOT NULL,
    new_amount          numeric(18, 2),
    new_ends_on         date,
    clause_changes      jsonb           NOT NULL,
    installments        jsonb,
    status              varchar(20)     NOT NULL,
    proposed_by         varchar(200)    NOT NULL,
    proposed_at         timestamptz     NOT NULL,
    purchaser_signed_by varchar(200),
    purchaser_signed_at timestamptz,
    supplier_signed_by  varchar(200),
    supplier_signed_at  timestamptz,
    filing_submitted_at timestamptz,
    filed_by            varchar(200),
    filed_at            timestamptz,
    UNIQUE (contract_id, number)
);
CREATE UNIQUE INDEX amendment_open ON amendment (contract_id) WHERE status NOT IN ('FILED', 'WITHDRAWN');

CREATE TABLE breach (
    id              uuid            PRIMARY KEY,
    contract_id     uuid            NOT NULL REFERENCES contract (id),
    severity        varchar(20)     NOT NULL,
    description     varchar(4000)   NOT NULL,
    occurred_on     date            NOT NULL,
    recorded_by     varchar(200)    NOT NULL,
    recorded_at     timestamptz     NOT NULL
);
CREATE INDEX breach_contract ON breach (contract_id);
