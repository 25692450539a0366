-- Archive files (档案): one per person, the documents in it with their scans, the second-person
-- verification (审核) of every entry, lending of the paper file (借阅), and the document kinds
-- each category's archive must hold. Rows are never deleted: corrections supersede, loans end.

-- Issued sequence numbers of archive numbers; next_value only ever grows, so a number once
-- given is never given again.
CREATE TABLE archive_sequences (
    name       TEXT PRIMARY KEY,
    next_value INTEGER NOT NULL CHECK (next_value >= 1)
);
INSERT INTO archive_sequences (name, next_value) VALUES ('archive_number', 1);

CREATE TABLE document_kinds (
    code       TEXT PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    sort_order INTEGER NOT NULL DEFAULT 0,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

-- Which kinds of document the archive of a person holding a category must contain.
CREATE TABLE archive_required_kinds (
    category_code TEXT NOT NULL REFERENCES categories(code),
    kind_code     TEXT NOT NULL REFERENCES document_kinds(code),
    PRIMARY KEY (category_code, kind_code)
);

CREATE TABLE archives (
    id             INTEGER PRIMARY KEY,
    person_id      INTEGER NOT NULL UNIQUE REFERENCES persons(id),
    archive_number TEXT NOT NULL UNIQUE,
    sequence_no    INTEGER NOT NULL UNIQUE,
    created_at     TEXT NOT NULL,
    created_by     INTEGER REFERENCES users(id)
);

-- The archive's data (where the paper lies, who keeps it, its state) as entries that a second
-- person verifies: the archive shows its newest verified revision, a pending one beside it.
CREATE TABLE archive_revisions (
    id             INTEGER PRIMARY KEY,
    archive_id     INTEGER NOT NULL REFERENCES archives(id),
    cabinet        TEXT NOT NULL DEFAULT '',
    box            TEXT NOT NULL DEFAULT '',
    volume         TEXT NOT NULL DEFAULT '',
    keeper         TEXT NOT NULL DEFAULT '',
    state          TEXT NOT NULL DEFAULT 'in_custody'
                   CHECK (state IN ('in_custody', 'closed', 'transferred')),
    note           TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL DEFAULT 'pending'
                   CHECK (status IN ('pending', 'verified', 'returned')),
    filed_at       TEXT NOT NULL,
    filed_by       INTEGER NOT NULL REFERENCES users(id),
    changed_at     TEXT NOT NULL,
    changed_by     INTEGER NOT NULL REFERENCES users(id),
    verified_at    TEXT,
    verified_by    INTEGER REFERENCES users(id),
    return_reason  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX archive_revisions_archive ON archive_revisions (archive_id, id);
CREATE INDEX archive_revisions_status ON archive_revisions (status, filed_by);

CREATE TABLE archive_documents (
    id              INTEGER PRIMARY KEY,
    archive_id      INTEGER NOT NULL REFERENCES archives(id),
    person_id       INTEGER NOT NULL REFERENCES persons(id),
    kind_code       TEXT NOT NULL REFERENCES document_kinds(code),
    title           TEXT NOT NULL,
    pages           INTEGER NOT NULL CHECK (pages >= 1),
    document_date   TEXT,
    note            TEXT NOT NULL DEFAULT '',
    status          TEXT NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'verified', 'returned')),
    supersedes_id   INTEGER REFERENCES archive_documents(id),
    supersede_reason TEXT NOT NULL DEFAULT '',
    superseded_by   INTEGER REFERENCES archive_documents(id),
    filed_at        TEXT NOT NULL,
    filed_by        INTEGER NOT NULL REFERENCES users(id),
    changed_at      TEXT NOT NULL,
    changed_by      INTEGER NOT NULL REFERENCES users(id),
    verified_at     TEXT,
    verified_by     INTEGER REFERENCES users(id),
    return_reason   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX archive_documents_archive ON archive_documents (archive_id, id);
-- The completeness check: does the person hold a verified, current document of this kind?
CREATE INDEX archive_documents_person_kind ON archive_documents (person_id, kind_code, status, superseded_by);
CREATE INDEX archive_documents_status ON archive_documents (status, filed_by);

-- Scanned copies: the file lives in the content-addressed store beside the database
-- (<db-dir>/scans/ab/abcdef….ext), named by its SHA-256.
CREATE TABLE archive_scans (
    id            INTEGER PRIMARY KEY,
    document_id   INTEGER NOT NULL REFERENCES archive_documents(id),
    sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
    extension     TEXT NOT NULL CHECK (extension IN ('pdf', 'png', 'jpg')),
    size_bytes    INTEGER NOT NULL,
    original_name TEXT NOT NULL DEFAULT '',
    added_at      TEXT NOT NULL,
    added_by      INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX archive_scans_document ON archive_scans (document_id, id);

CREATE TABLE archive_loans (
    id              INTEGER PRIMARY KEY,
    archive_id      INTEGER NOT NULL REFERENCES archives(id),
    borrower        TEXT NOT NULL,
    unit            TEXT NOT NULL DEFAULT '',
    purpose         TEXT NOT NULL,
    lent_on         TEXT NOT NULL,
    expected_return TEXT NOT NULL,
    returned_on     TEXT,
    return_note     TEXT NOT NULL DEFAULT '',
    lent_at         TEXT NOT NULL,
    lent_by         INTEGER NOT NULL REFERENCES users(id),
    returned_at     TEXT,
    returned_by     INTEGER REFERENCES users(id)
);
-- A file that is out cannot be lent again, even by a second program on the same file.
CREATE UNIQUE INDEX archive_loans_out ON archive_loans (archive_id) WHERE returned_on IS NULL;
CREATE INDEX archive_loans_open ON archive_loans (returned_on, expected_return);

CREATE TRIGGER archives_no_delete BEFORE DELETE ON archives
BEGIN
    SELECT RAISE(ABORT, 'archives are never deleted');
END;

CREATE TRIGGER archive_documents_no_delete BEFORE DELETE ON archive_documents
BEGIN
    SELECT RAISE(ABORT, 'archive entries are never deleted; correct them instead');
END;

-- A verified entry is locked: only the mark of a verified correction may be set on it.
CREATE TRIGGER archive_documents_locked BEFORE UPDATE OF kind_code, title, pages, document_date, note, status, supersedes_id, filed_by ON archive_documents
WHEN old.status = 'verified'
BEGIN
    SELECT RAISE(ABORT, 'a verified archive entry is locked');
END;

CREATE TRIGGER archive_revisions_locked BEFORE UPDATE ON archive_revisions
WHEN old.status = 'verified'
BEGIN
    SELECT RAISE(ABORT, 'a verified archive entry is locked');
END;

CREATE TRIGGER archive_scans_locked BEFORE INSERT ON archive_scans
WHEN (SELECT status FROM archive_documents WHERE id = new.document_id) = 'verified'
BEGIN
    SELECT RAISE(ABORT, 'a verified archive entry is locked');
END;

INSERT INTO document_kinds (code, name, sort_order) VALUES ('enlistment', '入伍批准书', 1);
INSERT INTO document_kinds (code, name, sort_order) VALUES ('discharge', '退伍证/退伍登记表', 2);
INSERT INTO document_kinds (code, name, sort_order) VALUES ('disability_card', '残疾军人证', 3);
INSERT INTO document_kinds (code, name, sort_order) VALUES ('disability_assessment', '评残/调残审批表', 4);
INSERT INTO document_kinds (code, name, sort_order) VALUES ('martyr_certificate', '烈士证明书', 5);
INSERT INTO document_kinds (code, name, sort_order) VALUES ('death_certificate', '因公牺牲/病故证明', 6);
INSERT INTO document_kinds (code, name, sort_order) VALUES ('household_register', '户口簿', 7);
INSERT INTO document_kinds (code, name, sort_order) VALUES ('id_card_copy', '身份证复印件', 8);
INSERT INTO document_kinds (code, name, sort_order) VALUES ('war_participation', '参战/参试证明', 9);
INSERT INTO document_kinds (code, name, sort_order) VALUES ('medical_diagnosis', '医疗诊断证明', 10);
INSERT INTO document_kinds (code, name, sort_order) VALUES ('other', '其他', 99);

INSERT INTO archive_required_kinds (category_code, kind_code) SELECT code, 'id_card_copy' FROM categories;
INSERT INTO archive_required_kinds (category_code, kind_code) VALUES ('disabled_serviceman', 'disability_card');
INSERT INTO archive_required_kinds (category_code, kind_code) VALUES ('disabled_serviceman', 'disability_assessment');
INSERT INTO archive_required_kinds (category_code, kind_code) VALUES ('martyr_survivor', 'martyr_certificate');
INSERT INTO archive_required_kinds (category_code, kind_code) VALUES ('martyr_survivor', 'household_register');
INSERT INTO archive_required_kinds (category_code, kind_code) VALUES ('duty_death_survivor', 'death_certificate');
INSERT INTO archive_required_kinds (category_code, kind_code) VALUES ('duty_death_survivor', 'household_register');
INSERT INTO archive_required_kinds (category_code, kind_code) VALUES ('illness_death_survivor', 'death_certificate');
INSERT INTO archive_required_kinds (category_code, kind_code) VALUES ('illness_death_survivor', 'household_register');
INSERT INTO archive_required_kinds (category_code, kind_code) VALUES ('war_veteran', 'discharge');
INSERT INTO archive_required_kinds (category_code, kind_code) VALUES ('war_veteran', 'war_participation');
INSERT INTO archive_required_kinds (category_code, kind_code) VALUES ('nuclear_test_veteran', 'discharge');
INSERT INTO archive_required_kinds (category_code, kind_code) VALUES ('nuclear_test_veteran', 'war_participation');
INSERT INTO archive_required_kinds (category_code, kind_code) VALUES ('sick_returned_veteran', 'discharge');
INSERT INTO archive_required_kinds (category_code, kind_code) VALUES ('sick_returned_veteran', 'medical_diagnosis');
INSERT INTO archive_required_kinds (category_code, kind_code) VALUES ('rural_veteran_60', 'enlistment');
INSERT INTO archive_required_kinds (category_code, kind_code) VALUES ('rural_veteran_60', 'discharge');
INSERT INTO archive_required_kinds (category_code, kind_code) VALUES ('rural_veteran_60', 'household_register');
INSERT INTO archive_required_kinds (category_code, kind_code) VALUES ('serving_family', 'household_register');

INSERT INTO settings (key, value) VALUES ('archive.number_format', 'WG-YF-{000000}');
