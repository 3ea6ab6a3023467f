-- The date of the decision that established a record's fact (a penalty decision, a court ruling):
-- a debarment's term runs from it, not from the day the record was typed in.
ALTER TABLE credit_record ADD COLUMN decided_on date;
UPDATE credit_record SET decided_on = occurred_on;
ALTER TABLE credit_record ALTER COLUMN decided_on SET NOT NULL;

-- A publication is recorded with the moment it happened and where, not the moment it was typed in.
ALTER TABLE disclosure_obligation ADD COLUMN published_at timestamptz;
ALTER TABLE disclosure_obligation ADD COLUMN published_where varchar(500);
ALTER TABLE disclosure_obligation ADD COLUMN recorded_at timestamptz;

-- An inspection conclusion is dated by the day it was concluded, not the day it was typed in.
ALTER TABLE annual_inspection ADD COLUMN concluded_on date;
UPDATE annual_inspection SET concluded_on = (recorded_at AT TIME ZONE 'Asia/Shanghai')::date;
ALTER TABLE annual_inspection ALTER COLUMN concluded_on SET NOT NULL;

-- Names are searched in a folded form (compatibility width, lower case, straight quotes); new rows
-- get it from the application, the rows already there from the same folding done here.
ALTER TABLE supplier ADD COLUMN name_key varchar(200);
UPDATE supplier SET name_key = translate(lower(normalize(name, NFKC)), '“”‘’', '""''''');
ALTER TABLE supplier ALTER COLUMN name_key SET NOT NULL;

-- At most one listing in force per organisation.
CREATE UNIQUE INDEX abnormal_listing_one_active ON abnormal_listing (uscc) WHERE cleared_on IS NULL;
