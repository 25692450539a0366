-- The archive-wide completeness view over 200,000 persons (issue 4): one row per held category
-- (person_categories row) with the number of its required document kinds that have no verified,
-- current entry, and the person's township and status beside it, so the view is one scan of a
-- covering index instead of ~460,000 probes. Kept exact by the triggers below, whichever store
-- (or import, or the demo generator) writes: categories added or ended, persons moved or
-- deceased, documents verified or superseded, required kinds changed. The dates of the category
-- stay here too: "held today" is still decided when the view is read.
CREATE TABLE archive_completeness (
    person_category_id INTEGER PRIMARY KEY REFERENCES person_categories(id),
    person_id          INTEGER NOT NULL REFERENCES persons(id),
    category_code      TEXT NOT NULL,
    start_date         TEXT NOT NULL,
    end_date           TEXT,
    township_code      TEXT NOT NULL,
    person_status      TEXT NOT NULL,
    missing            INTEGER NOT NULL DEFAULT 0
);
-- The summary: one covering scan, grouped in index order.
CREATE INDEX archive_completeness_view ON archive_completeness (person_status, township_code, category_code, start_date, end_date, missing);
-- The list of incomplete persons (one covering probe per person), and the document triggers.
CREATE INDEX archive_completeness_person ON archive_completeness (person_id, missing, person_status, start_date, end_date, category_code);
-- The list walks the townships in their order and each one's persons by name
-- (persons_township), so 110,000 ids need no sort of the whole list.
CREATE INDEX townships_sort ON townships (sort_order, code);
-- The required-kinds triggers.
CREATE INDEX archive_completeness_category ON archive_completeness (category_code, person_id);

-- Back-fill of an existing database.
INSERT INTO archive_completeness (person_category_id, person_id, category_code, start_date, end_date, township_code, person_status, missing)
SELECT pc.id, pc.person_id, pc.category_code, pc.start_date, pc.end_date, p.township_code, p.status,
       (SELECT count(*) FROM archive_required_kinds r WHERE r.category_code = pc.category_code
        AND NOT EXISTS (SELECT 1 FROM archive_documents d WHERE d.person_id = pc.person_id
            AND d.kind_code = r.kind_code AND d.status = 'verified' AND d.superseded_by IS NULL))
FROM person_categories pc JOIN persons p ON p.id = pc.person_id;

CREATE TRIGGER archive_completeness_pc_insert AFTER INSERT ON person_categories
BEGIN
    INSERT OR REPLACE INTO archive_completeness (person_category_id, person_id, category_code, start_date, end_date, township_code, person_status, missing)
    SELECT new.id, new.person_id, new.category_code, new.start_date, new.end_date, p.township_code, p.status,
           (SELECT count(*) FROM archive_required_kinds r WHERE r.category_code = new.category_code
            AND NOT EXISTS (SELECT 1 FROM archive_documents d WHERE d.person_id = new.person_id
                AND d.kind_code = r.kind_code AND d.status = 'verified' AND d.superseded_by IS NULL))
    FROM persons p WHERE p.id = new.person_id;
END;

CREATE TRIGGER archive_completeness_pc_update AFTER UPDATE OF person_id, category_code, start_date, end_date ON person_categories
BEGIN
    DELETE FROM archive_completeness WHERE person_category_id = old.id;
    INSERT OR REPLACE INTO archive_completeness (person_category_id, person_id, category_code, start_date, end_date, township_code, person_status, missing)
    SELECT new.id, new.person_id, new.category_code, new.start_date, new.end_date, p.township_code, p.status,
           (SELECT count(*) FROM archive_required_kinds r WHERE r.category_code = new.category_code
            AND NOT EXISTS (SELECT 1 FROM archive_documents d WHERE d.person_id = new.person_id
                AND d.kind_code = r.kind_code AND d.status = 'verified' AND d.superseded_by IS NULL))
    FROM persons p WHERE p.id = new.person_id;
END;

CREATE TRIGGER archive_completeness_pc_delete AFTER DELETE ON person_categories
BEGIN
    DELETE FROM archive_completeness WHERE person_category_id = old.id;
END;

-- Categories written before their person (a bulk load without foreign keys) are picked up here.
CREATE TRIGGER archive_completeness_person_insert AFTER INSERT ON persons
BEGIN
    INSERT OR REPLACE INTO archive_completeness (person_category_id, person_id, category_code, start_date, end_date, township_code, person_status, missing)
    SELECT pc.id, pc.person_id, pc.category_code, pc.start_date, pc.end_date, new.township_code, new.status,
           (SELECT count(*) FROM archive_required_kinds r WHERE r.category_code = pc.category_code
            AND NOT EXISTS (SELECT 1 FROM archive_documents d WHERE d.person_id = pc.person_id
                AND d.kind_code = r.kind_code AND d.status = 'verified' AND d.superseded_by IS NULL))
    FROM person_categories pc WHERE pc.person_id = new.id;
END;

CREATE TRIGGER archive_completeness_person_update AFTER UPDATE OF status, township_code ON persons
BEGIN
    UPDATE archive_completeness SET township_code = new.township_code, person_status = new.status
    WHERE person_id = new.id;
END;

CREATE TRIGGER archive_completeness_document_insert AFTER INSERT ON archive_documents
WHEN new.status = 'verified' AND new.superseded_by IS NULL
BEGIN
    UPDATE archive_completeness SET missing =
           (SELECT count(*) FROM archive_required_kinds r WHERE r.category_code = archive_completeness.category_code
            AND NOT EXISTS (SELECT 1 FROM archive_documents d WHERE d.person_id = archive_completeness.person_id
                AND d.kind_code = r.kind_code AND d.status = 'verified' AND d.superseded_by IS NULL))
    WHERE person_id = new.person_id;
END;

CREATE TRIGGER archive_completeness_document_update AFTER UPDATE OF status, superseded_by, kind_code, person_id ON archive_documents
BEGIN
    UPDATE archive_completeness SET missing =
           (SELECT count(*) FROM archive_required_kinds r WHERE r.category_code = archive_completeness.category_code
            AND NOT EXISTS (SELECT 1 FROM archive_documents d WHERE d.person_id = archive_completeness.person_id
                AND d.kind_code = r.kind_code AND d.status = 'verified' AND d.superseded_by IS NULL))
    WHERE person_id IN (old.person_id, new.person_id);
END;

-- A kind newly required (or no longer required) changes the count of the persons lacking it.
CREATE TRIGGER archive_completeness_required_insert AFTER INSERT ON archive_required_kinds
BEGIN
    UPDATE archive_completeness SET missing = missing + 1
    WHERE category_code = new.category_code
      AND NOT EXISTS (SELECT 1 FROM archive_documents d WHERE d.person_id = archive_completeness.person_id
          AND d.kind_code = new.kind_code AND d.status = 'verified' AND d.superseded_by IS NULL);
END;

CREATE TRIGGER archive_completeness_required_delete AFTER DELETE ON archive_required_kinds
BEGIN
    UPDATE archive_completeness SET missing = missing - 1
    WHERE category_code = old.category_code
      AND NOT EXISTS (SELECT 1 FROM archive_documents d WHERE d.person_id = archive_completeness.person_id
          AND d.kind_code = old.kind_code AND d.status = 'verified' AND d.superseded_by IS NULL);
END;

CREATE TRIGGER archive_completeness_required_update AFTER UPDATE ON archive_required_kinds
BEGIN
    UPDATE archive_completeness SET missing =
           (SELECT count(*) FROM archive_required_kinds r WHERE r.category_code = archive_completeness.category_code
            AND NOT EXISTS (SELECT 1 FROM archive_documents d WHERE d.person_id = archive_completeness.person_id
                AND d.kind_code = r.kind_code AND d.status = 'verified' AND d.superseded_by IS NULL))
    WHERE category_code IN (old.category_code, new.category_code);
END;
