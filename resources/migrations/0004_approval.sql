-- Benefit standards (抚恤补助标准) and the approval of applications (待遇审批).
-- Portable SQL. The link to archive documents (0003) is kept by id without a foreign key, so
-- this migration does not depend on the archive's tables; the document's kind and title are
-- copied when it is linked, so a printed form never changes afterwards.

-- The policy book. Rows are never changed or deleted: a new standard supersedes the old from
-- its effective date. grade 0 / nature '' / residence 'all' mean "not distinguished";
-- category_code '' means "every category" (one-off items such as 临时救助).
CREATE TABLE benefit_standards (
    id             INTEGER PRIMARY KEY,
    item           TEXT NOT NULL CHECK (item IN ('annual', 'temporary_assistance', 'recuperation')),
    category_code  TEXT NOT NULL DEFAULT '',
    grade          INTEGER NOT NULL DEFAULT 0 CHECK (grade BETWEEN 0 AND 10),
    nature         TEXT NOT NULL DEFAULT '' CHECK (nature IN ('', '因战', '因公', '因病')),
    residence      TEXT NOT NULL DEFAULT 'all' CHECK (residence IN ('all', 'urban', 'rural')),
    amount_fen     INTEGER NOT NULL CHECK (amount_fen >= 0),
    effective_from TEXT NOT NULL,
    basis_number   TEXT NOT NULL,
    basis_title    TEXT NOT NULL,
    note           TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    created_by     INTEGER REFERENCES users(id),
    UNIQUE (item, category_code, grade, nature, residence, effective_from)
);
CREATE INDEX benefit_standards_lookup ON benefit_standards (item, category_code, grade, nature, effective_from);

CREATE TRIGGER benefit_standards_no_update BEFORE UPDATE ON benefit_standards
BEGIN
    SELECT RAISE(ABORT, 'benefit standards are never changed; add a new one that supersedes it');
END;

CREATE TRIGGER benefit_standards_no_delete BEFORE DELETE ON benefit_standards
BEGIN
    SELECT RAISE(ABORT, 'benefit standards are never deleted; add a new one that supersedes it');
END;

-- One application for one person. state: draft, pending (at step current_step of chain),
-- returned (to the drafter), rejected, approved. chain is the signing roles after drafting,
-- copied from the setting when submitted ("section_chief,inspector,director").
CREATE TABLE applications (
    id                   INTEGER PRIMARY KEY,
    type                 TEXT NOT NULL CHECK (type IN ('recognition', 'disability_grade',
                             'standard_change', 'temporary_assistance', 'recuperation',
                             'stop_benefits')),
    person_id            INTEGER NOT NULL REFERENCES persons(id),
    state                TEXT NOT NULL DEFAULT 'draft'
                         CHECK (state IN ('draft', 'pending', 'returned', 'rejected', 'approved')),
    round                INTEGER NOT NULL DEFAULT 0,
    current_step         INTEGER NOT NULL DEFAULT 0,
    chain                TEXT NOT NULL DEFAULT '',
    waiting_role         TEXT NOT NULL DEFAULT 'clerk',
    waiting_since        TEXT NOT NULL,
    category_code        TEXT NOT NULL DEFAULT '',
    grade                INTEGER NOT NULL DEFAULT 0,
    nature               TEXT NOT NULL DEFAULT '',
    residence            TEXT NOT NULL DEFAULT 'all',
    relation             TEXT NOT NULL DEFAULT '',
    serviceman_name      TEXT NOT NULL DEFAULT '',
    enlisted_on          TEXT,
    discharged_on        TEXT,
    requested_amount_fen INTEGER NOT NULL DEFAULT 0,
    stop_status          TEXT NOT NULL DEFAULT '' CHECK (stop_status IN ('', 'deceased', 'moved')),
    facts                TEXT NOT NULL DEFAULT '',
    reason               TEXT NOT NULL DEFAULT '',
    requested_change     TEXT NOT NULL DEFAULT '',
    effective_date       TEXT NOT NULL,
    standard_id          INTEGER REFERENCES benefit_standards(id),
    annual_fen           INTEGER NOT NULL DEFAULT 0,
    one_off_fen          INTEGER NOT NULL DEFAULT 0,
    basis_text           TEXT NOT NULL DEFAULT '',
    number               TEXT UNIQUE,
    number_year          INTEGER,
    number_seq           INTEGER,
    drafted_by           INTEGER NOT NULL REFERENCES users(id),
    drafted_at           TEXT NOT NULL,
    submitted_at         TEXT,
    decided_at           TEXT,
    reported_on          TEXT,
    reported_ref         TEXT NOT NULL DEFAULT '',
    reported_by          INTEGER REFERENCES users(id),
    updated_at           TEXT NOT NULL,
    UNIQUE (number_year, number_seq)
);
CREATE INDEX applications_person ON applications (person_id, id);
CREATE INDEX applications_waiting ON applications (state, waiting_role, waiting_since, id);
CREATE INDEX applications_type ON applications (type, drafted_at, id);
CREATE INDEX applications_drafted ON applications (drafted_at, id);

-- Every act on an application, round by round: the drafter's submission (step_index 0,
-- decision 'submit') and each signer's approve / return / reject with the opinion.
CREATE TABLE application_steps (
    id             INTEGER PRIMARY KEY,
    application_id INTEGER NOT NULL REFERENCES applications(id),
    round          INTEGER NOT NULL,
    step_index     INTEGER NOT NULL,
    role           TEXT NOT NULL,
    decision       TEXT NOT NULL CHECK (decision IN ('submit', 'approve', 'return', 'reject')),
    opinion        TEXT NOT NULL DEFAULT '',
    signer_id      INTEGER NOT NULL REFERENCES users(id),
    signer_name    TEXT NOT NULL,
    signed_at      TEXT NOT NULL
);
CREATE INDEX application_steps_app ON application_steps (application_id, id);
CREATE INDEX application_steps_signer ON application_steps (signer_id, application_id);

CREATE TRIGGER application_steps_no_update BEFORE UPDATE ON application_steps
BEGIN
    SELECT RAISE(ABORT, 'the approval history cannot be changed');
END;

CREATE TRIGGER application_steps_no_delete BEFORE DELETE ON application_steps
BEGIN
    SELECT RAISE(ABORT, 'the approval history cannot be deleted from');
END;

-- Supporting documents: archive entries (archive_documents.id of 0003), by id.
CREATE TABLE application_documents (
    application_id INTEGER NOT NULL REFERENCES applications(id),
    document_id    INTEGER NOT NULL,
    kind_name      TEXT NOT NULL DEFAULT '',
    title          TEXT NOT NULL DEFAULT '',
    pages          INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (application_id, document_id)
);

-- What an approved application decided for the person: the standard and amounts from the
-- effective date. Payments read this.
CREATE TABLE benefit_decisions (
    id             INTEGER PRIMARY KEY,
    person_id      INTEGER NOT NULL REFERENCES persons(id),
    application_id INTEGER NOT NULL UNIQUE REFERENCES applications(id),
    type           TEXT NOT NULL,
    category_code  TEXT NOT NULL DEFAULT '',
    grade          INTEGER NOT NULL DEFAULT 0,
    nature         TEXT NOT NULL DEFAULT '',
    standard_id    INTEGER REFERENCES benefit_standards(id),
    annual_fen     INTEGER NOT NULL DEFAULT 0,
    one_off_fen    INTEGER NOT NULL DEFAULT 0,
    effective_from TEXT NOT NULL,
    created_at     TEXT NOT NULL
);
CREATE INDEX benefit_decisions_person ON benefit_decisions (person_id, effective_from);
