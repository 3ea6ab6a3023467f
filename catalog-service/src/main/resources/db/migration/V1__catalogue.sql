-- The guidance catalogue (指导性目录): versions per region and fiscal year, and their entries.
CREATE TABLE catalogue_version (
    id             uuid           PRIMARY KEY,
    region         char(6)        NOT NULL,
    fiscal_year    integer        NOT NULL,
    title          varchar(200)   NOT NULL,
    status         varchar(20)    NOT NULL,
    drafted_by     varchar(100)   NOT NULL,
    drafted_at     timestamptz    NOT NULL,
    copied_from    uuid           REFERENCES catalogue_version (id),
    submitted_by   varchar(100),
    submitted_at   timestamptz,
    reviewed_by    varchar(100),
    return_reason  varchar(1000),
    published_at   timestamptz,
    superseded_at  timestamptz,
    superseded_by  uuid,
    version        bigint         NOT NULL DEFAULT 0
);
CREATE INDEX catalogue_version_region ON catalogue_version (region, fiscal_year);
-- at most one published version per region at a time
CREATE UNIQUE INDEX catalogue_version_one_published ON catalogue_version (region) WHERE status = 'PUBLISHED';

CREATE TABLE catalogue_entry (
    id                           uuid            PRIMARY KEY,
    version_id                   uuid            NOT NULL REFERENCES catalogue_version (id),
    position                     integer         NOT NULL,
    code                         varchar(32)     NOT NULL,
    level                        varchar(10)     NOT NULL,
    parent_code                  varchar(32),
    name_zh                      varchar(200)    NOT NULL,
    name_en                      varchar(200),
    description                  varchar(2000),
    excluded                     boolean         NOT NULL DEFAULT false,
    exclusion_reason             varchar(40),
    prefer_social_organisations  boolean         NOT NULL DEFAULT false,
    departments                  jsonb           NOT NULL DEFAULT '[]',
    unit                         varchar(40),
    cost_labour                  numeric(18, 2),
    cost_administration          numeric(18, 2),
    cost_tax                     numeric(18, 2),
    cost_capacity_building       numeric(18, 2),
    cost_third_party_evaluation  numeric(18, 2),
    reference_price_min          numeric(18, 2),
    reference_price_max          numeric(18, 2),
    indicators                   jsonb           NOT NULL DEFAULT '[]',
    UNIQUE (version_id, code),
    CHECK (reference_price_min IS NULL OR reference_price_min >= 0),
    CHECK (reference_price_min IS NULL OR reference_price_max IS NULL OR reference_price_min <= reference_price_max)
);

CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX catalogue_entry_name_zh_trgm ON catalogue_entry USING gin (name_zh gin_trgm_ops);
CREATE INDEX catalogue_entry_name_en_trgm ON catalogue_entry USING gin (lower(name_en) gin_trgm_ops);
