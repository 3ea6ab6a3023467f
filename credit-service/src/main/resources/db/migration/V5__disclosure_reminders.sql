-- Reminders sent before a disclosure deadline, one per obligation and threshold (days before it),
-- so the daily run sends each exactly once however often it runs.
CREATE TABLE disclosure_reminder (
    obligation_id  uuid         NOT NULL REFERENCES disclosure_obligation (id),
    days_before    integer      NOT NULL,
    sent_at        timestamptz  NOT NULL,
    PRIMARY KEY (obligation_id, days_before)
);
