-- Durable jobs: things that must happen at a time (a tender closes, a notice period ends, the
-- daily credit run). One row per occurrence; (kind, job_key) is unique, so scheduling the same
-- occurrence twice — from two replicas, or again after a restart — keeps one. An instance claims a
-- due row FOR UPDATE SKIP LOCKED and runs the job in the same transaction that marks it done, so
-- each job takes effect once across replicas; a row due while every instance was down runs when
-- the first one starts.
CREATE TABLE scheduled_job (
    id          uuid          PRIMARY KEY,
    kind        varchar(100)  NOT NULL,
    job_key     varchar(200)  NOT NULL,
    due_at      timestamptz   NOT NULL,
    payload     text,
    created_at  timestamptz   NOT NULL,
    attempts    integer       NOT NULL DEFAULT 0,
    last_error  varchar(1000),
    done_at     timestamptz,
    UNIQUE (kind, job_key)
);
CREATE INDEX scheduled_job_due ON scheduled_job (due_at) WHERE done_at IS NULL;
