-- The abnormal list is a decision of the authority (seed 000 篇5 第十六条): the organisation is first
-- notified and may state its case (告知/申辩); removal is decided with reasons, on the organisation's
-- application with proof (信用修复) or of the authority's own motion. Nothing clears itself.
ALTER TABLE abnormal_listing ALTER COLUMN listed_on DROP NOT NULL;
ALTER TABLE abnormal_listing ADD COLUMN status varchar(20);
UPDATE abnormal_listing SET status = CASE WHEN cleared_on IS NULL THEN 'LISTED' ELSE 'REMOVED' END;
ALTER TABLE abnormal_listing ALTER COLUMN status SET NOT NULL;
ALTER TABLE abnormal_listing ADD COLUMN notified_on date;
ALTER TABLE abnormal_listing ADD COLUMN statement_deadline date;
ALTER TABLE abnormal_listing ADD COLUMN statement varchar(2000);
ALTER TABLE abnormal_listing ADD COLUMN statement_at timestamptz;
ALTER TABLE abnormal_listing ADD COLUMN decided_by varchar(100);
ALTER TABLE abnormal_listing ADD COLUMN repair_statement varchar(2000);
ALTER TABLE abnormal_listing ADD COLUMN repair_evidence varchar(500);
ALTER TABLE abnormal_listing ADD COLUMN repair_requested_at timestamptz;
ALTER TABLE abnormal_listing ADD COLUMN repair_rejection varchar(1000);
