-- What may be bought, per region and fiscal year, from catalog-service's published versions.
CREATE TABLE catalogue_version_projection (
    version_id     uuid          PRIMARY KEY,
    region         char(6)       NOT NULL,
    fiscal_year    integer       NOT NULL,
    status         varchar(20)   NOT NULL,
    published_at   timestamptz,
    superseded_by  uuid,
    last_event_id  varchar(64)   NOT NULL
);
CREATE INDEX catalogue_version_projection_region ON catalogue_version_projection (region, fiscal_year);

CREATE TABLE purchasable_item (
    region                       char(6)         NOT NULL,
    fiscal_year                  integer         NOT NULL,
    code                         varchar(32)     NOT NULL,
    version_id                   uuid            NOT NULL,
    name_zh                      varchar(200)    NOT NULL,
    item_code                    varchar(32),
    category_code                varchar(32),
    excluded                     boolean         NOT NULL,
    exclusion_reason             varchar(40),
    prefer_social_organisations  boolean         NOT NULL,
    unit                         varchar(40),
    reference_price_min          numeric(18, 2),
    reference_price_max          numeric(18, 2),
    PRIMARY KEY (region, fiscal_year, code)
);
