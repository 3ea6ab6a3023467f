-- A failed lot re-tendered (重新采购): a new tender copied from it, for that lot; when it switches to
-- another procurement method, finance approves the switch before it can be announced.
ALTER TABLE tender ADD COLUMN re_tender_of uuid REFERENCES tender (id);
ALTER TABLE tender ADD COLUMN re_tender_lot integer;
ALTER TABLE tender ADD COLUMN method_change varchar(20);
ALTER TABLE tender ADD COLUMN method_change_reason varchar(2000);
ALTER TABLE tender ADD COLUMN method_change_decided_by varchar(200);
CREATE INDEX tender_re_tender_of ON tender (re_tender_of) WHERE re_tender_of IS NOT NULL;
