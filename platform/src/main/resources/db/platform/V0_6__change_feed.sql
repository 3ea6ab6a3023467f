-- The public change feed (ADR 47): the public part of each published event of a public type, in the
-- order the relay published them. The relay numbers entries under a transaction-scoped lock, so an
-- entry's position is taken only after every lower position has committed: a reader that pages on
-- by position never skips one. Kept for good (the outbox itself is purged after its retention).
CREATE TABLE change_feed (
    position     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id     uuid          NOT NULL UNIQUE,
    feed         varchar(64)   NOT NULL,
    subject      varchar(128)  NOT NULL,
    event_type   varchar(200)  NOT NULL,
    region       varchar(6),
    occurred_at  timestamptz   NOT NULL,
    data         jsonb         NOT NULL
);
CREATE INDEX change_feed_by_feed ON change_feed (feed, position);
CREATE INDEX change_feed_by_feed_and_region ON change_feed (feed, region, position);
