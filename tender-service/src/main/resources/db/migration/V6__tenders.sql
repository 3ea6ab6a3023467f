-- Tenders made from approved plans, their lots, and what their announcements publish over time.
CREATE TABLE tender (
    id                     uuid            PRIMARY KEY,
    plan_id                uuid            NOT NULL REFERENCES purchase_plan (id),
    org_code               varchar(64)     NOT NULL,
    region                 char(6)         NOT NULL,
    fiscal_year            integer         NOT NULL,
    sub_item_code          varchar(32)     NOT NULL,
    method                 varchar(30)     NOT NULL,
    status                 varchar(20)     NOT NULL,
    title                  varchar(200)    NOT NULL,
    content                varchar(4000)   NOT NULL,
    quantity               numeric(18, 2)  NOT NULL,
    unit                   varchar(40)     NOT NULL,
    service_starts_on      date            NOT NULL,
    service_ends_on        date            NOT NULL,
    admitted_types         jsonb           NOT NULL,
    minimum_rating         varchar(10),
    other_requirements     varchar(4000),
    evaluation             jsonb           NOT NULL,
    payment_terms          varchar(4000)   NOT NULL,
    performance_standards  varchar(4000)   NOT NULL,
    bid_deadline           timestamptz     NOT NULL,
    opening_at             timestamptz     NOT NULL,
    consortium_allowed     boolean         NOT NULL,
    named_suppliers        jsonb           NOT NULL,
    single_source_reason   varchar(2000),
    notice_ends_at         timestamptz,
    announced_at           timestamptz,
    amendments             integer         NOT NULL DEFAULT 0,
    cancelled_at           timestamptz,
    cancellation_reason    varchar(2000),
    opened_at              timestamptz,
    created_by             varchar(200)    NOT NULL,
    created_at             timestamptz     NOT NULL,
    version                bigint          NOT NULL DEFAULT 0
);
CREATE INDEX tender_plan ON tender (plan_id);
CREATE INDEX tender_org ON tender (org_code, created_at DESC);
CREATE INDEX tender_public ON tender (status, announced_at DESC) WHERE status <> 'DRAFT';

CREATE TABLE tender_lot (
    id          uuid            PRIMARY KEY,
    tender_id   uuid            NOT NULL REFERENCES tender (id),
    lot_no      integer         NOT NULL,
    title       varchar(200)    NOT NULL,
    budget      numeric(18, 2)  NOT NULL CHECK (budget > 0),
    status      varchar(20)     NOT NULL,
    valid_bids  integer,
    UNIQUE (tender_id, lot_no)
);

-- Every amendment (更正公告) as it was published: what changed and the times after it.
CREATE TABLE tender_amendment (
    id               uuid           PRIMARY KEY,
    tender_id        uuid           NOT NULL REFERENCES tender (id),
    amendment_no     integer        NOT NULL,
    description      varchar(4000)  NOT NULL,
    bid_deadline     timestamptz    NOT NULL,
    opening_at       timestamptz    NOT NULL,
    deadline_pushed  boolean        NOT NULL,
    published_at     timestamptz    NOT NULL,
    UNIQUE (tender_id, amendment_no)
);

-- Questions from suppliers (答疑); the answer is published without saying who asked.
CREATE TABLE tender_clarification (
    id           uuid           PRIMARY KEY,
    tender_id    uuid           NOT NULL REFERENCES tender (id),
    question     varchar(4000)  NOT NULL,
    asked_by     char(18)       NOT NULL,
    asked_at     timestamptz    NOT NULL,
    answer       varchar(4000),
    answered_at  timestamptz
);
CREATE INDEX tender_clarification_tender ON tender_clarification (tender_id, asked_at);

-- Objections to a single-source notice (单一来源公示异议); the purchaser answers every one.
CREATE TABLE single_source_objection (
    id           uuid           PRIMARY KEY,
    tender_id    uuid           NOT NULL REFERENCES tender (id),
    objector     char(18)       NOT NULL,
    grounds      varchar(4000)  NOT NULL,
    filed_at     timestamptz    NOT NULL,
    answer       varchar(4000),
    answered_at  timestamptz
);
CREATE INDEX single_source_objection_tender ON single_source_objection (tender_id, filed_at);
