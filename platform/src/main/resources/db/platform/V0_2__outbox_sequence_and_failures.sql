-- Per-aggregate sequence numbers. Outbox.record upserts the aggregate's row here: the row lock it
-- takes is held until commit, so two transactions emitting events of one aggregate commit in
-- sequence order, and consumers can ignore an event older than the one they already applied.
CREATE TABLE outbox_sequence (
    aggregate_id   varchar(128) PRIMARY KEY,
    last_sequence  bigint       NOT NULL
);

ALTER TABLE outbox_event ADD COLUMN sequence bigint;
ALTER TABLE outbox_event ADD COLUMN last_attempt_at timestamptz;
-- A row the broker can never accept (e.g. too large) is parked: left unpublished with its error,
-- it no longer blocks other aggregates' rows; the rows of its own aggregate wait behind it.
ALTER TABLE outbox_event ADD COLUMN parked_at timestamptz;
CREATE INDEX outbox_event_parked ON outbox_event (aggregate_id, position)
    WHERE parked_at IS NOT NULL AND published_at IS NULL;
