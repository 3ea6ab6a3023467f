-- Every credit policy version with its parameters, recorded the first time a service runs with it,
-- so a score or eligibility snapshot computed under an old version can be re-explained.
CREATE TABLE credit_policy_version (
    version      varchar(40)  PRIMARY KEY,
    parameters   jsonb        NOT NULL,
    recorded_at  timestamptz  NOT NULL
);
