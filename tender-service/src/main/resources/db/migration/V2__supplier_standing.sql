-- The supplier's standing as credit-service announces it with every credit event: enough to decide
-- bid eligibility here without calling credit-service.
ALTER TABLE supplier_projection
    ADD COLUMN credit_level                       char(1),
    ADD COLUMN credit_score                       numeric(5, 2),
    ADD COLUMN rating_level                       varchar(10),
    ADD COLUMN debarred_from                      date,
    ADD COLUMN debarred_until                     date,
    ADD COLUMN abnormal_listed                    boolean NOT NULL DEFAULT false,
    ADD COLUMN latest_inspection_year             integer,
    ADD COLUMN latest_inspection_result           varchar(20),
    ADD COLUMN tax_in_good_standing               boolean NOT NULL DEFAULT true,
    ADD COLUMN social_insurance_in_good_standing  boolean NOT NULL DEFAULT true,
    ADD COLUMN last_major_violation_on            date,
    ADD COLUMN policy_version                     varchar(40);
