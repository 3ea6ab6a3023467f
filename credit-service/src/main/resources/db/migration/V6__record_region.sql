-- The region of the official (or the event) that entered a conduct record: officials of that region
-- (or above it) answer for it, correct it and revoke it. Older records answer to the supplier's region.
ALTER TABLE credit_record ADD COLUMN entered_region varchar(6);
