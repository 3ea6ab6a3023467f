-- Creating POSTs with an Idempotency-Key header: the first response, kept with a fingerprint of
-- the request, committed in the same transaction as the change it reports. A repeat with the same
-- key and request gets the same response; with another request, 422. Kept for a day.
CREATE TABLE idempotency_key (
    principal        varchar(200)  NOT NULL,
    idempotency_key  varchar(200)  NOT NULL,
    fingerprint      char(64)      NOT NULL,
    status           integer,
    body             text,
    location         varchar(1000),
    created_at       timestamptz   NOT NULL,
    PRIMARY KEY (principal, idempotency_key)
);
CREATE INDEX idempotency_key_created ON idempotency_key (created_at);
