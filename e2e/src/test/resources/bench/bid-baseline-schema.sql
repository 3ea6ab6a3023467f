-- The tables a bid submission writes in tender-service, as its migrations define them, without
-- the tender itself: the pgbench baseline (Benchmarks) inserts into them what one bid writes. The
-- outbox tables come from the platform's own migrations, run first.
CREATE TABLE supplier_projection (uscc char(18) PRIMARY KEY, name varchar(200) NOT NULL, standing jsonb NOT NULL);
INSERT INTO supplier_projection
    SELECT lpad(i::text, 18, '0'), '社会组织' || i, '{"blacklisted":false,"taxInGoodStanding":true}'
    FROM generate_series(1, 1000) AS i;
CREATE TABLE bid (
    id uuid PRIMARY KEY, tender_id uuid NOT NULL, lot_id uuid NOT NULL, lot_no integer NOT NULL,
    lead_uscc char(18) NOT NULL, members jsonb NOT NULL, status varchar(20) NOT NULL,
    received_at timestamptz NOT NULL, ended_at timestamptz, sealed_ephemeral_key bytea NOT NULL,
    sealed_nonce bytea NOT NULL, sealed_content bytea NOT NULL, receipt_digest char(64) NOT NULL,
    receipt_key_id varchar(40) NOT NULL, receipt_signature varchar(200) NOT NULL,
    submission_check jsonb NOT NULL, opening_check jsonb, opened_price numeric(18, 2), opening_reasons jsonb);
CREATE INDEX bid_lot ON bid (lot_id, status);
CREATE INDEX bid_lead ON bid (lead_uscc, tender_id);
CREATE TABLE bid_party (bid_id uuid NOT NULL REFERENCES bid (id), uscc char(18) NOT NULL, lot_id uuid NOT NULL,
    role varchar(10) NOT NULL, active boolean NOT NULL, PRIMARY KEY (bid_id, uscc));
CREATE UNIQUE INDEX bid_party_one_active_bid_per_lot ON bid_party (lot_id, uscc) WHERE active;
