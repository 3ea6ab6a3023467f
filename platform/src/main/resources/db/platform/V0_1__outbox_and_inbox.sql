-- Transactional outbox: a use case inserts its events here in the same transaction as its state
-- change; the relay publishes them to Kafka in position order and marks them published.
CREATE TABLE outbox_event (
    id            uuid PRIMARY KEY,
    position      bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
    aggregate_id  varchar(128)  NOT NULL,
    event_type    varchar(200)  NOT NULL,
    region        varchar(6),
    occurred_at   timestamptz   NOT NULL,
    payload       jsonb         NOT NULL,
    request_id    varchar(128),
    traceparent   varchar(128),
    published_at  timestamptz,
    attempts      integer       NOT NULL DEFAULT 0,
    last_error    varchar(1000)
);
CREATE INDEX outbox_event_unpublished ON outbox_event (position) WHERE published_at IS NULL;

-- Wake the relay as soon as a transaction that wrote events commits (NOTIFY is delivered on commit).
CREATE FUNCTION outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('govbuy_outbox', '');
    RETURN NULL;
END
$$;
CREATE TRIGGER outbox_event_inserted AFTER INSERT ON outbox_event
    FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify();

-- Inbox: (consumer, event id) is recorded in the same transaction as the consumer's effect, so a
-- repeated delivery is recognised and skipped.
CREATE TABLE inbox_event (
    consumer      varchar(100)  NOT NULL,
    event_id      varchar(200)  NOT NULL,
    event_type    varchar(200),
    processed_at  timestamptz   NOT NULL DEFAULT now(),
    PRIMARY KEY (consumer, event_id)
);
