-- The supplier register (承接主体), keyed by the unified social credit code (统一社会信用代码).
CREATE TABLE supplier (
    uscc                    char(18)      PRIMARY KEY,
    name                    varchar(200)  NOT NULL,
    organisation_type       varchar(40)   NOT NULL,
    registration_authority  varchar(100)  NOT NULL,
    established_on          date          NOT NULL,
    region                  char(6)       NOT NULL,
    status                  varchar(20)   NOT NULL,
    registered_at           timestamptz   NOT NULL,
    registered_by           varchar(100)  NOT NULL,
    version                 bigint        NOT NULL DEFAULT 0
);
