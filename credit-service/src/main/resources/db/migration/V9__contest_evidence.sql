-- A supplier contesting a record, or applying for its repair (信用修复), names its proof.
ALTER TABLE credit_record_amendment ADD COLUMN evidence_reference varchar(500);
