-- The expert pool (评审专家库) kept by finance, and each tender's evaluation committee (评标委员会):
-- drawn from the pool by a recorded seed, so an auditor can re-run the draw.
CREATE TABLE expert (
    id              uuid            PRIMARY KEY,
    username        varchar(200)    NOT NULL UNIQUE,
    name            varchar(100)    NOT NULL,
    region          char(6)         NOT NULL,
    specialties     jsonb           NOT NULL,
    affiliations    jsonb           NOT NULL,
    status          varchar(20)     NOT NULL,
    registered_by   varchar(200)    NOT NULL,
    registered_at   timestamptz     NOT NULL,
    version         bigint          NOT NULL DEFAULT 0
);
CREATE INDEX expert_region ON expert (region) WHERE status = 'ACTIVE';

CREATE TABLE committee (
    tender_id       uuid            PRIMARY KEY REFERENCES tender (id),
    status          varchar(20)     NOT NULL,
    members_wanted  integer         NOT NULL,
    seed            varchar(64)     NOT NULL,
    -- every eligible expert in drawing order (the seed's order), and who was left out and why
    draw_order      jsonb           NOT NULL,
    exclusions      jsonb           NOT NULL,
    bidders         jsonb           NOT NULL,
    drawn_by        varchar(200)    NOT NULL,
    drawn_at        timestamptz     NOT NULL,
    formed_at       timestamptz,
    version         bigint          NOT NULL DEFAULT 0
);

CREATE TABLE committee_member (
    id              uuid            PRIMARY KEY,
    tender_id       uuid            NOT NULL REFERENCES committee (tender_id),
    kind            varchar(30)     NOT NULL,
    expert_id       uuid            REFERENCES expert (id),
    username        varchar(200)    NOT NULL,
    name            varchar(100)    NOT NULL,
    draw_position   integer,
    status          varchar(20)     NOT NULL,
    conflict        varchar(2000),
    declared_at     timestamptz,
    UNIQUE (tender_id, username)
);
CREATE INDEX committee_member_username ON committee_member (username);
