-- A published version is in force for its fiscal year: next year's publication does not end it,
-- only a newer publication for the same region and year (a correction) supersedes it.
DROP INDEX catalogue_version_one_published;
CREATE UNIQUE INDEX catalogue_version_one_published ON catalogue_version (region, fiscal_year)
    WHERE status = 'PUBLISHED';

-- Everyone who changed the version (drafted, edited, imported, submitted): none of them may
-- approve it. And the note that says what this revision changes and why.
ALTER TABLE catalogue_version ADD COLUMN editors jsonb NOT NULL DEFAULT '[]';
UPDATE catalogue_version SET editors = jsonb_build_array(drafted_by)
    || CASE WHEN submitted_by IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(submitted_by) END;
ALTER TABLE catalogue_version ADD COLUMN revision_note varchar(1000);

-- search matches descriptions too, ignoring case
CREATE INDEX catalogue_entry_description_trgm ON catalogue_entry USING gin (lower(description) gin_trgm_ops);
