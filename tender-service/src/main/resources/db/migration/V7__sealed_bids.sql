-- How long what the standing says holds, so eligibility on a later day does not trust stale evidence.
ALTER TABLE supplier_projection
    ADD COLUMN rating_valid_until              date,
    ADD COLUMN tax_standing_until              date,
    ADD COLUMN social_insurance_standing_until date;

-- Each tender's opening key: the public half seals bids, the private half is stored only wrapped by a
-- key-encryption key from the deployment's secrets, and unwrapped only at the opening.
CREATE TABLE tender_opening_key (
    tender_id            uuid          PRIMARY KEY REFERENCES tender (id),
    public_key           bytea         NOT NULL,
    wrapped_private_key  bytea         NOT NULL,
    kek_id               varchar(40)   NOT NULL,
    created_at           timestamptz   NOT NULL,
    unwrapped_at         timestamptz
);

-- Sealed bids: content and price only as ciphertext until the opening.
CREATE TABLE bid (
    id                     uuid           PRIMARY KEY,
    tender_id              uuid           NOT NULL REFERENCES tender (id),
    lot_id                 uuid           NOT NULL REFERENCES tender_lot (id),
    lot_no                 integer        NOT NULL,
    lead_uscc              char(18)       NOT NULL,
    members                jsonb          NOT NULL,
    status                 varchar(20)    NOT NULL,
    received_at            timestamptz    NOT NULL,
    ended_at               timestamptz,
    sealed_ephemeral_key   bytea          NOT NULL,
    sealed_nonce           bytea          NOT NULL,
    sealed_content         bytea          NOT NULL,
    receipt_digest         char(64)       NOT NULL,
    receipt_key_id         varchar(40)    NOT NULL,
    receipt_signature      varchar(200)   NOT NULL,
    submission_check       jsonb          NOT NULL,
    opening_check          jsonb,
    opened_price           numeric(18, 2),
    opening_reasons        jsonb
);
CREATE INDEX bid_lot ON bid (lot_id, status);
CREATE INDEX bid_lead ON bid (lead_uscc, tender_id);

-- Every supplier in a bid (the lead and a consortium's members): in at most one active bid per lot.
CREATE TABLE bid_party (
    bid_id  uuid         NOT NULL REFERENCES bid (id),
    uscc    char(18)     NOT NULL,
    lot_id  uuid         NOT NULL,
    role    varchar(10)  NOT NULL,
    active  boolean      NOT NULL,
    PRIMARY KEY (bid_id, uscc)
);
CREATE UNIQUE INDEX bid_party_one_active_bid_per_lot ON bid_party (lot_id, uscc) WHERE active;
