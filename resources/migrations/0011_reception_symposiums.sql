-- Reception days (接访日, issue 12): the leader on duty per date, with substitutions. Portable SQL.
-- Also the symposiums (座谈会) below.
CREATE TABLE reception_days (
    id             INTEGER PRIMARY KEY,
    day            TEXT NOT NULL UNIQUE,
    leader_user_id INTEGER REFERENCES users(id),
    leader_name    TEXT NOT NULL,
    place          TEXT NOT NULL DEFAULT '',
    substitute_for TEXT NOT NULL DEFAULT '',  -- the leader first on duty, when another replaced them
    note           TEXT NOT NULL DEFAULT '',  -- why substituted, or a remark
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL
);

-- Symposiums (座谈会): on 1 August, at Spring Festival, or other occasions; who came (registry
-- persons as representatives of their groups, and staff) and each issue raised with its answer.
CREATE TABLE symposiums (
    id         INTEGER PRIMARY KEY,
    held_on    TEXT NOT NULL,
    place      TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('bayi', 'spring', 'other')),
    title      TEXT NOT NULL,
    chair      TEXT NOT NULL DEFAULT '',
    recorder   TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

CREATE TABLE symposium_attendees (
    id           INTEGER PRIMARY KEY,
    symposium_id INTEGER NOT NULL REFERENCES symposiums(id),
    person_id    INTEGER REFERENCES persons(id),  -- a registry person, or
    user_id      INTEGER REFERENCES users(id),    -- a staff member, or neither (a named guest)
    name         TEXT NOT NULL,
    represents   TEXT NOT NULL DEFAULT ''         -- the group they speak for, or their post
);
CREATE INDEX symposium_attendees_symposium ON symposium_attendees (symposium_id);

CREATE TABLE symposium_issues (
    id             INTEGER PRIMARY KEY,
    symposium_id   INTEGER NOT NULL REFERENCES symposiums(id),
    seq            INTEGER NOT NULL,
    raised_by      TEXT NOT NULL DEFAULT '',
    issue          TEXT NOT NULL,
    answer         TEXT NOT NULL DEFAULT '',
    follow_up      TEXT NOT NULL DEFAULT 'none'
                   CHECK (follow_up IN ('none', 'petition', 'assistance', 'chief_note')),
    follow_up_note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX symposium_issues_symposium ON symposium_issues (symposium_id, seq);
