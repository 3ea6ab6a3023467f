-- Indicator templates (绩效评价指标体系): weighted indicators with sub-indicators; a new version for
-- every change, so an evaluation always names the exact version it was scored by.
CREATE TABLE indicator_template (
    id              uuid            PRIMARY KEY,
    code            varchar(60)     NOT NULL,
    version         integer         NOT NULL CHECK (version > 0),
    name            varchar(200)    NOT NULL,
    indicators      jsonb           NOT NULL,
    published_by    varchar(200)    NOT NULL,
    published_at    timestamptz     NOT NULL,
    UNIQUE (code, version)
);

-- The third-party agency pool (第三方专业评估机构库), kept by civil affairs.
CREATE TABLE agency (
    id              varchar(64)     PRIMARY KEY,
    name            varchar(300)    NOT NULL,
    uscc            varchar(18)     NOT NULL UNIQUE,
    region          char(6)         NOT NULL,
    qualifications  jsonb           NOT NULL,
    specialties     jsonb           NOT NULL,
    affiliations    jsonb           NOT NULL,
    status          varchar(20)     NOT NULL,
    status_reason   varchar(1000),
    registered_by   varchar(200)    NOT NULL,
    registered_at   timestamptz     NOT NULL,
    changed_at      timestamptz     NOT NULL
);

-- What evaluation-service knows of a contract in force (from contract.filed), what has been
-- delivered (progress.reported), and the contract's evaluation plan: template and weights.
CREATE TABLE contract_record (
    contract_id         uuid            PRIMARY KEY,
    org_code            varchar(60)     NOT NULL,
    region              char(6)         NOT NULL,
    title               varchar(500)    NOT NULL,
    sub_item_code       varchar(60)     NOT NULL,
    supplier_uscc       varchar(18)     NOT NULL,
    supplier_name       varchar(500),
    member_usccs        jsonb           NOT NULL,
    service_starts_on   date            NOT NULL,
    service_ends_on     date            NOT NULL,
    deliverables        jsonb           NOT NULL,
    delivered           jsonb           NOT NULL,
    status              varchar(20)     NOT NULL,
    template_id         uuid            NOT NULL REFERENCES indicator_template (id),
    weights             jsonb           NOT NULL,
    agency_share        numeric(5, 4)   NOT NULL,
    filed_at            timestamptz     NOT NULL
);
CREATE INDEX contract_record_org ON contract_record (org_code, region);

-- An evaluation (评价) of a contract: mid-term, final, ad hoc, or a re-evaluation after rectification.
CREATE TABLE evaluation (
    id                      uuid            PRIMARY KEY,
    contract_id             uuid            NOT NULL REFERENCES contract_record (contract_id),
    type                    varchar(20)     NOT NULL,
    re_evaluation_of        uuid            REFERENCES evaluation (id),
    reason                  varchar(1000),
    status                  varchar(20)     NOT NULL,
    opens_on                date            NOT NULL,
    closes_on               date            NOT NULL,
    overdue_since           date,
    agency_id               varchar(64)     REFERENCES agency (id),
    draw_seed               varchar(64),
    draw_candidates         jsonb,
    draw_exclusions         jsonb,
    drawn_at                timestamptz,
    plan                    jsonb,
    score                   numeric(6, 2),
    grade                   varchar(20),
    breakdown               jsonb,
    grade_scale_version     varchar(20),
    proposed_at             timestamptz,
    objection_due_on        date,
    objection               varchar(4000),
    objected_at             timestamptz,
    objection_answer        varchar(4000),
    answered_at             timestamptz,
    completed_on            date,
    rectification_required  boolean,
    rectification_due_on    date,
    rectification_report    varchar(4000),
    rectified_at            timestamptz,
    created_at              timestamptz     NOT NULL,
    created_by              varchar(200)    NOT NULL
);
CREATE INDEX evaluation_contract ON evaluation (contract_id);
CREATE INDEX evaluation_agency ON evaluation (agency_id, status);
-- one scheduled mid-term and one final per contract, however often contract.filed arrives
CREATE UNIQUE INDEX evaluation_planned_once ON evaluation (contract_id, type)
    WHERE type IN ('MID_TERM', 'FINAL') AND re_evaluation_of IS NULL;

-- A sub-indicator's points from one assessor (the agency, or the purchaser), with its reason and evidence.
CREATE TABLE indicator_score (
    evaluation_id   uuid            NOT NULL REFERENCES evaluation (id),
    assessor        varchar(20)     NOT NULL,
    sub_indicator   varchar(60)     NOT NULL,
    points          numeric(6, 2)   NOT NULL CHECK (points >= 0),
    reason          varchar(2000)   NOT NULL,
    evidence        jsonb           NOT NULL,
    scored_by       varchar(200)    NOT NULL,
    scored_at       timestamptz     NOT NULL,
    PRIMARY KEY (evaluation_id, assessor, sub_indicator)
);

-- Single-use survey codes (服务对象满意度调查). Only a hash of each code is kept, and whether it was
-- spent: no time, no response id, nothing that leads from a code to the answer given with it.
CREATE TABLE survey_code (
    code_hash       char(64)        PRIMARY KEY,
    evaluation_id   uuid            NOT NULL REFERENCES evaluation (id),
    spent           boolean         NOT NULL DEFAULT false
);
CREATE INDEX survey_code_evaluation ON survey_code (evaluation_id);

-- An answer: its evaluation and the satisfaction given, nothing else (no code, person, time or address).
CREATE TABLE survey_response (
    id              uuid            PRIMARY KEY,
    evaluation_id   uuid            NOT NULL REFERENCES evaluation (id),
    satisfaction    smallint        NOT NULL CHECK (satisfaction BETWEEN 1 AND 5)
);
CREATE INDEX survey_response_evaluation ON survey_response (evaluation_id);

-- The general template every contract starts with (seed 000 §九.(二)): quantity, quality, funds use,
-- recipient satisfaction and the organisation's development. Finance may publish others.
INSERT INTO indicator_template (id, code, version, name, indicators, published_by, published_at) VALUES (
    '6f1c1b9e-0000-4000-8000-000000000001', 'GENERAL', 1, '政府购买服务绩效评价通用指标', '[
  {"code":"QUANTITY","name":"服务数量","category":"QUANTITY","weight":20,
   "guidance":"合同约定的量化指标按期完成情况","subIndicators":[
     {"code":"QUANTITY-1","name":"服务数量完成率","maxPoints":10,"guidance":"实际完成量÷应完成量"}]},
  {"code":"QUALITY","name":"服务质量","category":"QUALITY","weight":30,
   "guidance":"服务规范与服务成效","subIndicators":[
     {"code":"QUALITY-1","name":"服务规范","maxPoints":10,"guidance":"服务流程、记录与档案是否规范完整"},
     {"code":"QUALITY-2","name":"服务成效","maxPoints":10,"guidance":"服务目标的实现程度与社会效益"}]},
  {"code":"FUNDS","name":"资金使用","category":"FUNDS_USE","weight":20,
   "guidance":"资金使用合规、财务管理规范","subIndicators":[
     {"code":"FUNDS-1","name":"资金使用合规性","maxPoints":10,"guidance":"专款专用、支出凭证齐全"},
     {"code":"FUNDS-2","name":"财务管理","maxPoints":10,"guidance":"独立核算、财务制度健全"}]},
  {"code":"SATISFACTION","name":"服务对象满意度","category":"SATISFACTION","weight":20,
   "guidance":"服务对象匿名问卷的平均满意度","subIndicators":[
     {"code":"SATISFACTION-1","name":"满意度","maxPoints":5,"guidance":"1(很不满意)至5(很满意)"}]},
  {"code":"DEVELOPMENT","name":"组织发展","category":"DEVELOPMENT","weight":10,
   "guidance":"社会组织自身建设与能力提升","subIndicators":[
     {"code":"DEVELOPMENT-1","name":"内部治理","maxPoints":5,"guidance":"理事会、制度建设"},
     {"code":"DEVELOPMENT-2","name":"人才队伍","maxPoints":5,"guidance":"专业人员配备与培训"}]}
]'::jsonb, 'migration', '2026-11-23T00:00:00Z');
