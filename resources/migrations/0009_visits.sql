-- Visits (issue 12): key persons (重点对象) with their history, visit plans and their group
-- criteria, visit records (persons met, visitors, photos by SHA-256, follow-up link), and the
-- schedule the store keeps for the due list. Portable SQL (row values work on PostgreSQL too).

-- One row per period a person is a key person; the current one has until = NULL.
-- persons.key_person is 1 exactly while a current record exists (VisitStore keeps it so).
CREATE TABLE key_person_records (
    id             INTEGER PRIMARY KEY,
    person_id      INTEGER NOT NULL REFERENCES persons(id),
    reason         TEXT NOT NULL,
    reason_text    TEXT NOT NULL DEFAULT '',
    risk           TEXT NOT NULL,
    leader_user_id INTEGER REFERENCES users(id),
    leader_name    TEXT NOT NULL DEFAULT '',
    worker_user_id INTEGER REFERENCES users(id),
    worker_name    TEXT NOT NULL DEFAULT '',
    since          TEXT NOT NULL,
    until          TEXT,
    review_on      TEXT,
    end_reason     TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    created_by     INTEGER REFERENCES users(id)
);
CREATE INDEX key_person_records_person ON key_person_records (person_id, until, id);

-- A plan for one person (person_id) or a group (criteria below).
CREATE TABLE visit_plans (
    id                     INTEGER PRIMARY KEY,
    title                  TEXT NOT NULL,
    person_id              INTEGER REFERENCES persons(id),
    rhythm                 TEXT NOT NULL,
    every_weeks            INTEGER NOT NULL DEFAULT 0,
    before_bayi            INTEGER NOT NULL DEFAULT 0 CHECK (before_bayi IN (0, 1)),
    before_spring_festival INTEGER NOT NULL DEFAULT 0 CHECK (before_spring_festival IN (0, 1)),
    start_date             TEXT NOT NULL,
    end_date               TEXT,
    paused_from            TEXT,
    paused_until           TEXT,
    active                 INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    stopped_reason         TEXT NOT NULL DEFAULT '',
    created_at             TEXT NOT NULL,
    created_by             INTEGER REFERENCES users(id),
    updated_at             TEXT NOT NULL
);
CREATE INDEX visit_plans_person ON visit_plans (person_id, active);

-- A group plan's criteria: kind 'category' (code), 'grade' (1–10), 'township' (code).
CREATE TABLE visit_plan_criteria (
    plan_id INTEGER NOT NULL REFERENCES visit_plans(id),
    kind    TEXT NOT NULL CHECK (kind IN ('category', 'grade', 'township')),
    value   TEXT NOT NULL,
    PRIMARY KEY (plan_id, kind, value)
);

-- Visitors of a plan or a visit: a user, or a name without a login.
CREATE TABLE visit_plan_visitors (
    plan_id INTEGER NOT NULL REFERENCES visit_plans(id),
    ord     INTEGER NOT NULL,
    user_id INTEGER REFERENCES users(id),
    name    TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (plan_id, ord)
);

CREATE TABLE visits (
    id               INTEGER PRIMARY KEY,
    visit_date       TEXT NOT NULL,
    form             TEXT NOT NULL,
    plan_id          INTEGER REFERENCES visit_plans(id),
    reception_day_id INTEGER,
    demands          TEXT NOT NULL DEFAULT '',
    explained        TEXT NOT NULL DEFAULT '',
    difficulties     TEXT NOT NULL DEFAULT '',
    money_fen        INTEGER NOT NULL DEFAULT 0 CHECK (money_fen >= 0),
    goods            TEXT NOT NULL DEFAULT '',
    follow_up        TEXT NOT NULL DEFAULT 'none',
    follow_up_id     INTEGER,
    follow_up_note   TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL,
    created_by       INTEGER REFERENCES users(id)
);
CREATE INDEX visits_date ON visits (visit_date, id);
CREATE INDEX visits_plan ON visits (plan_id, visit_date);

CREATE TABLE visit_persons (
    visit_id  INTEGER NOT NULL REFERENCES visits(id),
    person_id INTEGER NOT NULL REFERENCES persons(id),
    ord       INTEGER NOT NULL,
    PRIMARY KEY (visit_id, person_id)
);
CREATE INDEX visit_persons_person ON visit_persons (person_id, visit_id);

CREATE TABLE visit_visitors (
    visit_id INTEGER NOT NULL REFERENCES visits(id),
    ord      INTEGER NOT NULL,
    user_id  INTEGER REFERENCES users(id),
    name     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (visit_id, ord)
);

-- Photos lie in the scan store (<db-dir>/scans) under their SHA-256.
CREATE TABLE visit_photos (
    visit_id  INTEGER NOT NULL REFERENCES visits(id),
    ord       INTEGER NOT NULL,
    sha256    TEXT NOT NULL,
    extension TEXT NOT NULL,
    PRIMARY KEY (visit_id, ord)
);

-- The materialised schedule: each due date of each plan for each person it covers, from the
-- plan's start up to the horizon below. state: 'open' (due or overdue: decided by today when
-- read), 'done' (visit_id, done_on), 'dropped' (the person left the plan: note says why).
-- sort_name and township_code are the person's, kept by the store, so the due list walks
-- one index in its order and pages by keyset.
CREATE TABLE visit_schedule (
    plan_id       INTEGER NOT NULL REFERENCES visit_plans(id),
    person_id     INTEGER NOT NULL REFERENCES persons(id),
    due           TEXT NOT NULL,
    festival      TEXT NOT NULL DEFAULT '',
    state         TEXT NOT NULL CHECK (state IN ('open', 'done', 'dropped')),
    done_on       TEXT,
    visit_id      INTEGER REFERENCES visits(id),
    note          TEXT NOT NULL DEFAULT '',
    sort_name     TEXT NOT NULL,
    township_code TEXT NOT NULL,
    PRIMARY KEY (plan_id, person_id, due)
);
CREATE INDEX visit_schedule_list ON visit_schedule (state, due, sort_name, person_id, plan_id);
CREATE INDEX visit_schedule_township ON visit_schedule (township_code, state, due, sort_name, person_id, plan_id);
CREATE INDEX visit_schedule_person ON visit_schedule (person_id, plan_id, due);

-- How far the schedule reaches (one row; the store extends it when a list asks beyond it).
CREATE TABLE visit_schedule_horizon (
    id      INTEGER PRIMARY KEY CHECK (id = 1),
    horizon TEXT NOT NULL
);
