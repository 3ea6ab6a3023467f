-- Purchase plans (购买服务计划): drafted by a purchasing department, reviewed by finance of its region.
CREATE TABLE purchase_plan (
    id                     uuid            PRIMARY KEY,
    org_code               varchar(64)     NOT NULL,
    region                 char(6)         NOT NULL,
    fiscal_year            integer         NOT NULL,
    sub_item_code          varchar(32)     NOT NULL,
    sub_item_name          varchar(200)    NOT NULL,
    content                varchar(4000)   NOT NULL,
    quantity               numeric(18, 2)  NOT NULL CHECK (quantity > 0),
    unit                   varchar(40)     NOT NULL,
    budget                 numeric(18, 2)  NOT NULL CHECK (budget > 0),
    price_basis            varchar(2000)   NOT NULL,
    budget_reason          varchar(2000),
    feasibility            varchar(4000)   NOT NULL,
    goals                  varchar(4000)   NOT NULL,
    performance_standards  varchar(4000)   NOT NULL,
    proposed_method        varchar(30)     NOT NULL,
    method_justification   varchar(2000),
    status                 varchar(20)     NOT NULL,
    created_by             varchar(200)    NOT NULL,
    created_at             timestamptz     NOT NULL,
    submitted_by           varchar(200),
    submitted_at           timestamptz,
    decided_by             varchar(200),
    decided_at             timestamptz,
    return_reason          varchar(2000),
    version                bigint          NOT NULL DEFAULT 0
);
CREATE INDEX purchase_plan_org ON purchase_plan (org_code, created_at DESC);
CREATE INDEX purchase_plan_region ON purchase_plan (region, status);
