-- Letters and visits (信访, issue 13): the case register, petitioners, attachments, the
-- timeline of steps, and the deputy who may approve extensions besides the director.
-- Portable SQL. Dates ISO text; received_at ISO date-time.

CREATE TABLE petition_cases (
    id                     INTEGER PRIMARY KEY,
    number                 TEXT NOT NULL UNIQUE,
    number_year            INTEGER NOT NULL,
    number_seq             INTEGER NOT NULL,
    received_at            TEXT NOT NULL,
    channel                TEXT NOT NULL CHECK (channel IN ('letter', 'visit', 'phone', 'online', 'leader', 'forwarded')),
    forwarded_by           TEXT NOT NULL DEFAULT '',
    forwarded_number       TEXT NOT NULL DEFAULT '',
    subject                TEXT NOT NULL CHECK (subject IN ('benefit', 'status', 'medical', 'housing', 'employment', 'other')),
    township_code          TEXT REFERENCES townships(code),
    summary                TEXT NOT NULL DEFAULT '',
    demands                TEXT NOT NULL DEFAULT '',
    petitioner_count       INTEGER NOT NULL DEFAULT 1,
    first_petitioner       TEXT NOT NULL DEFAULT '',
    group_by_hand          INTEGER NOT NULL DEFAULT 0 CHECK (group_by_hand IN (0, 1)),
    is_group               INTEGER NOT NULL DEFAULT 0 CHECK (is_group IN (0, 1)),
    beyond_level           TEXT NOT NULL DEFAULT '' CHECK (beyond_level IN ('', 'city', 'province', 'beijing')),
    repeat_of              INTEGER REFERENCES petition_cases(id),
    visit_id               INTEGER REFERENCES visits(id),
    reception_day_id       INTEGER REFERENCES reception_days(id),
    status                 TEXT NOT NULL CHECK (status IN ('registered', 'accepted', 'not_accepted', 'forwarded', 'answered', 'reviewing', 'rereviewing', 'closed')),
    decided_on             TEXT,
    decision_reason        TEXT NOT NULL DEFAULT '',
    notified_on            TEXT,
    responsible_user_id    INTEGER REFERENCES users(id),
    responsible_name       TEXT NOT NULL DEFAULT '',
    responsible_unit       TEXT NOT NULL DEFAULT '',
    extension_days         INTEGER NOT NULL DEFAULT 0 CHECK (extension_days BETWEEN 0 AND 30),
    extension_reason       TEXT NOT NULL DEFAULT '',
    extension_approved_by  INTEGER REFERENCES users(id),
    extended_on            TEXT,
    answered_on            TEXT,
    result                 TEXT NOT NULL DEFAULT '' CHECK (result IN ('', 'solved', 'partly', 'explained', 'unsupported')),
    answer_way             TEXT NOT NULL DEFAULT 'written' CHECK (answer_way IN ('written', 'in_person', 'phone')),
    answer_text            TEXT NOT NULL DEFAULT '',
    return_visit_on        TEXT,
    satisfaction           TEXT NOT NULL DEFAULT '' CHECK (satisfaction IN ('', 'satisfied', 'basically', 'dissatisfied', 'no_view')),
    return_visit_note      TEXT NOT NULL DEFAULT '',
    review_requested_on    TEXT,
    review_answered_on     TEXT,
    rereview_requested_on  TEXT,
    rereview_answered_on   TEXT,
    closed_on              TEXT,
    -- The deadline of the clock that runs now (PetitionRules::deadline), NULL when none runs:
    -- the overdue and due-soon lists and counts are one range on the index below.
    deadline               TEXT,
    created_at             TEXT NOT NULL,
    created_by             INTEGER REFERENCES users(id),
    updated_at             TEXT NOT NULL,
    UNIQUE (number_year, number_seq),
    -- A case cannot close without an answer and a result.
    CHECK (status <> 'closed' OR (answered_on IS NOT NULL AND result <> ''))
);
CREATE INDEX petition_cases_received ON petition_cases (received_at, id);
-- With the township: the stability view counts open and overdue cases per township from
-- this index alone.
CREATE INDEX petition_cases_deadline ON petition_cases (deadline, township_code);
-- Group and beyond-level petitions only (a few in a hundred): the stability view's 12 months.
CREATE INDEX petition_cases_flagged ON petition_cases (received_at, township_code, is_group, beyond_level)
    WHERE is_group = 1 OR beyond_level <> '';
CREATE INDEX petition_cases_township ON petition_cases (township_code, received_at, id);
CREATE INDEX petition_cases_status ON petition_cases (status, received_at, id);
CREATE INDEX petition_cases_responsible ON petition_cases (responsible_user_id, received_at, id);
CREATE INDEX petition_cases_visit ON petition_cases (visit_id);

CREATE TABLE petition_petitioners (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES petition_cases(id),
    ord        INTEGER NOT NULL,
    person_id  INTEGER REFERENCES persons(id),
    name       TEXT NOT NULL,
    phone_enc  TEXT NOT NULL DEFAULT '', -- FieldCipher, like persons.phone_enc
    address    TEXT NOT NULL DEFAULT '',
    citizen_id TEXT NOT NULL DEFAULT '',
    UNIQUE (case_id, ord)
);
CREATE INDEX petition_petitioners_person ON petition_petitioners (person_id, case_id);

-- Files lie in the scan store (<db-dir>/scans) under their SHA-256.
CREATE TABLE petition_attachments (
    case_id   INTEGER NOT NULL REFERENCES petition_cases(id),
    ord       INTEGER NOT NULL,
    sha256    TEXT NOT NULL,
    extension TEXT NOT NULL,
    title     TEXT NOT NULL DEFAULT '',
    added_at  TEXT NOT NULL,
    added_by  INTEGER REFERENCES users(id),
    PRIMARY KEY (case_id, ord)
);

CREATE TABLE petition_steps (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES petition_cases(id),
    at         TEXT NOT NULL,
    kind       TEXT NOT NULL,
    user_id    INTEGER REFERENCES users(id),
    actor_name TEXT NOT NULL,
    opinion    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX petition_steps_case ON petition_steps (case_id, id);

-- The deputy the director named to approve extensions (one row at most).
CREATE TABLE petition_deputy (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    user_id   INTEGER REFERENCES users(id),
    named_at  TEXT NOT NULL,
    named_by  INTEGER REFERENCES users(id)
);
