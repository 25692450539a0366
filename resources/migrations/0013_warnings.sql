-- Early warning (信息网络与预警, issue 13): the townships' information staff and their warning
-- reports (苗头性信息), each followed to resolution. Portable SQL.

CREATE TABLE info_staff (
    id            INTEGER PRIMARY KEY,
    township_code TEXT NOT NULL REFERENCES townships(code),
    name          TEXT NOT NULL,
    phone_enc     TEXT NOT NULL DEFAULT '', -- FieldCipher
    grp           TEXT NOT NULL DEFAULT '',
    person_id     INTEGER REFERENCES persons(id),
    since         TEXT NOT NULL,
    until         TEXT,
    note          TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    created_by    INTEGER REFERENCES users(id)
);
CREATE INDEX info_staff_township ON info_staff (township_code, until);

CREATE TABLE warning_reports (
    id            INTEGER PRIMARY KEY,
    reported_on   TEXT NOT NULL,
    reporter_id   INTEGER REFERENCES info_staff(id),
    reporter_name TEXT NOT NULL DEFAULT '',
    township_code TEXT NOT NULL REFERENCES townships(code),
    grp           TEXT NOT NULL DEFAULT '',
    expected      TEXT NOT NULL,
    expected_on   TEXT,
    risk          TEXT NOT NULL,
    resolved      INTEGER NOT NULL DEFAULT 0 CHECK (resolved IN (0, 1)),
    resolved_on   TEXT,
    resolution    TEXT NOT NULL DEFAULT '',
    case_id       INTEGER REFERENCES petition_cases(id),
    created_at    TEXT NOT NULL,
    created_by    INTEGER REFERENCES users(id),
    CHECK (resolved = 0 OR (resolved_on IS NOT NULL AND resolution <> ''))
);
CREATE INDEX warning_reports_open ON warning_reports (resolved, township_code, reported_on);

CREATE TABLE warning_persons (
    warning_id INTEGER NOT NULL REFERENCES warning_reports(id),
    person_id  INTEGER NOT NULL REFERENCES persons(id),
    PRIMARY KEY (warning_id, person_id)
);

CREATE TABLE warning_follow_ups (
    id         INTEGER PRIMARY KEY,
    warning_id INTEGER NOT NULL REFERENCES warning_reports(id),
    on_date    TEXT NOT NULL,
    user_id    INTEGER REFERENCES users(id),
    actor_name TEXT NOT NULL,
    note       TEXT NOT NULL
);
CREATE INDEX warning_follow_ups_warning ON warning_follow_ups (warning_id, id);
