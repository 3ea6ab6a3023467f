-- Replays of dead letters by an operator: which record of the dead-letter topic, when, by whom, and
-- what happened. A record that was replayed successfully is not replayed again.
CREATE TABLE dead_letter_replay (
    topic          varchar(249)  NOT NULL,
    partition_no   integer       NOT NULL,
    record_offset  bigint        NOT NULL,
    event_id       varchar(200),
    replayed_at    timestamptz   NOT NULL,
    replayed_by    varchar(100)  NOT NULL,
    succeeded      boolean       NOT NULL,
    error          varchar(1000),
    PRIMARY KEY (topic, partition_no, record_offset)
);
