-- Documents of a bid (service proposal as PDF, certificates): uploaded (staged) before the bid that
-- names them, sealed to the tender's opening key like the bid itself; the bid's canonical content
-- lists each one's name, type, size and SHA-256, so the receipt covers them.
CREATE TABLE bid_document (
    id                    uuid           PRIMARY KEY,
    tender_id             uuid           NOT NULL REFERENCES tender (id),
    lot_no                integer        NOT NULL,
    supplier_uscc         char(18)       NOT NULL,
    name                  varchar(100)   NOT NULL,
    media_type            varchar(100)   NOT NULL,
    size_bytes            bigint         NOT NULL,
    sha256                char(64)       NOT NULL,
    bid_id                uuid           REFERENCES bid (id),
    uploaded_at           timestamptz    NOT NULL,
    sealed_ephemeral_key  bytea          NOT NULL,
    sealed_nonce          bytea          NOT NULL,
    sealed_content        bytea          NOT NULL
);
-- one staged document of a name per supplier and lot; a new upload of the name replaces it
CREATE UNIQUE INDEX bid_document_staged ON bid_document (tender_id, lot_no, supplier_uscc, name) WHERE bid_id IS NULL;
CREATE INDEX bid_document_bid ON bid_document (bid_id);
