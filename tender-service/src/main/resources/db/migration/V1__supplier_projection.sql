-- Local projection of credit-service's suppliers (from credit.events), read by bid eligibility.
CREATE TABLE supplier_projection (
    uscc               char(18)      PRIMARY KEY,
    name               varchar(200)  NOT NULL,
    organisation_type  varchar(40)   NOT NULL,
    established_on     date,
    region             char(6)       NOT NULL,
    status             varchar(20)   NOT NULL,
    registered_at      timestamptz   NOT NULL,
    last_event_id      varchar(64)   NOT NULL,
    updated_at         timestamptz   NOT NULL
);
