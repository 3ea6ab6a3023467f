-- The sequence number (ce_sequence) of the credit event that last changed the row: an event of the
-- same supplier with a lower number is older than what the row shows and is not applied.
ALTER TABLE supplier_projection ADD COLUMN last_sequence bigint;
