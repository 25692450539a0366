-- The townships and the care work (issue 15): township workers, daily zero reports, training,
-- publicity, short-term recuperation, one-stop medical settlement, free clinics, and the
-- reasons of temporary assistance. Dates are ISO text ('YYYY-MM-DD'), times local ISO
-- ('YYYY-MM-DDTHH:MM:SS'), money integer fen. Portable SQL.

-- Township workers. The information staff of the early-warning register (0013) and the
-- township's special-care worker (优抚专干) are one register: duty says which.
ALTER TABLE info_staff ADD COLUMN duty TEXT NOT NULL DEFAULT 'info'
    CHECK (duty IN ('care', 'info'));

-- 零报告: one report per township and day, "nothing to report" or items. A correction
-- updates the row (audited); a report is never deleted.
CREATE TABLE zero_reports (
    id            INTEGER PRIMARY KEY,
    township_code TEXT NOT NULL REFERENCES townships(code),
    report_day    TEXT NOT NULL,                  -- the day reported on
    received_at   TEXT NOT NULL,                  -- when it reached the section
    channel       TEXT NOT NULL DEFAULT 'phone'
                  CHECK (channel IN ('phone', 'message', 'file', 'other')),
    nothing_to_report INTEGER NOT NULL CHECK (nothing_to_report IN (0, 1)), -- 1 = nothing
                  -- to report ("nothing" alone is an SQLite keyword: a syntax error)
    reporter      TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    created_by    INTEGER REFERENCES users(id),
    updated_at    TEXT NOT NULL,
    UNIQUE (township_code, report_day)
);
CREATE INDEX zero_reports_day ON zero_reports (report_day, township_code);
CREATE TRIGGER zero_reports_no_delete BEFORE DELETE ON zero_reports
BEGIN
    SELECT RAISE(ABORT, 'zero reports are never deleted');
END;

-- What a report that is not "nothing" says, item by item; outcome: whether it became a
-- letters-and-visits case or an early warning.
CREATE TABLE zero_report_items (
    id         INTEGER PRIMARY KEY,
    report_id  INTEGER NOT NULL REFERENCES zero_reports(id),
    ord        INTEGER NOT NULL,
    summary    TEXT NOT NULL,
    outcome    TEXT NOT NULL DEFAULT 'none' CHECK (outcome IN ('none', 'case', 'warning')),
    case_id    INTEGER REFERENCES petition_cases(id),
    warning_id INTEGER REFERENCES warning_reports(id),
    UNIQUE (report_id, ord)
);
CREATE TABLE zero_report_item_persons (
    item_id   INTEGER NOT NULL REFERENCES zero_report_items(id),
    person_id INTEGER NOT NULL REFERENCES persons(id),
    PRIMARY KEY (item_id, person_id)
);
CREATE INDEX zero_report_item_persons_person ON zero_report_item_persons (person_id);

-- 业务培训: sessions, planned (no attendance yet) or held.
CREATE TABLE training_sessions (
    id         INTEGER PRIMARY KEY,
    held_on    TEXT NOT NULL,
    topic      TEXT NOT NULL,
    trainer    TEXT NOT NULL DEFAULT '',
    minutes    INTEGER NOT NULL CHECK (minutes > 0),  -- hours × 60
    kind       TEXT NOT NULL CHECK (kind IN ('annual_township', 'monthly_study', 'exchange')),
    place      TEXT NOT NULL DEFAULT '',
    held       INTEGER NOT NULL DEFAULT 0 CHECK (held IN (0, 1)),
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    updated_at TEXT NOT NULL
);
CREATE INDEX training_sessions_day ON training_sessions (held_on);

-- Who was asked to come (a township worker or a member of the bureau's staff) and whether
-- they came.
CREATE TABLE training_attendees (
    id         INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES training_sessions(id),
    staff_id   INTEGER REFERENCES info_staff(id),
    user_id    INTEGER REFERENCES users(id),
    name       TEXT NOT NULL,
    attended   INTEGER NOT NULL DEFAULT 0 CHECK (attended IN (0, 1)),
    CHECK ((staff_id IS NULL) <> (user_id IS NULL))
);
CREATE UNIQUE INDEX training_attendees_staff ON training_attendees (session_id, staff_id)
    WHERE staff_id IS NOT NULL;
CREATE UNIQUE INDEX training_attendees_user ON training_attendees (session_id, user_id)
    WHERE user_id IS NOT NULL;
CREATE INDEX training_attendees_by_staff ON training_attendees (staff_id);

-- Materials of a session, content-addressed in the scan store (<db-dir>/scans).
CREATE TABLE training_materials (
    session_id INTEGER NOT NULL REFERENCES training_sessions(id),
    ord        INTEGER NOT NULL,
    title      TEXT NOT NULL,
    sha256     TEXT NOT NULL,
    extension  TEXT NOT NULL,
    PRIMARY KEY (session_id, ord)
);

-- 政策宣传: materials handed to a township (copies) and policy sessions held (audience).
CREATE TABLE publicity_records (
    id            INTEGER PRIMARY KEY,
    on_date       TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('materials', 'session')),
    township_code TEXT REFERENCES townships(code),   -- NULL = the whole county
    title         TEXT NOT NULL,
    copies        INTEGER NOT NULL DEFAULT 0 CHECK (copies >= 0),
    audience      INTEGER NOT NULL DEFAULT 0 CHECK (audience >= 0),
    place         TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    created_by    INTEGER REFERENCES users(id)
);
CREATE INDEX publicity_records_day ON publicity_records (on_date);

-- 短期疗养: batches and their participants.
CREATE TABLE recuperation_batches (
    id         INTEGER PRIMARY KEY,
    title      TEXT NOT NULL,
    place      TEXT NOT NULL,
    starts_on  TEXT NOT NULL,
    ends_on    TEXT NOT NULL,
    escort     TEXT NOT NULL DEFAULT '',
    state      TEXT NOT NULL DEFAULT 'planned' CHECK (state IN ('planned', 'done', 'cancelled')),
    note       TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id),
    updated_at TEXT NOT NULL,
    CHECK (ends_on >= starts_on)
);
CREATE INDEX recuperation_batches_start ON recuperation_batches (starts_on);

-- attended: NULL until the batch is over. override_reason: why the person goes although the
-- last recuperation is within the interval the section set (empty when it is not).
CREATE TABLE recuperation_participants (
    batch_id        INTEGER NOT NULL REFERENCES recuperation_batches(id),
    person_id       INTEGER NOT NULL REFERENCES persons(id),
    health          TEXT NOT NULL DEFAULT '',
    attended        INTEGER CHECK (attended IN (0, 1)),
    cost_fen        INTEGER NOT NULL DEFAULT 0 CHECK (cost_fen >= 0),
    override_reason TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (batch_id, person_id)
);
CREATE INDEX recuperation_participants_person ON recuperation_participants (person_id);

-- 医疗一站式结算: one hospital stay or bill settled. The four sums add up.
CREATE TABLE medical_settlements (
    id            INTEGER PRIMARY KEY,
    person_id     INTEGER NOT NULL REFERENCES persons(id),
    hospital      TEXT NOT NULL,
    admitted_on   TEXT NOT NULL,
    discharged_on TEXT NOT NULL,
    settled_on    TEXT NOT NULL,           -- counts against the cap of its year
    total_fen     INTEGER NOT NULL CHECK (total_fen >= 0),
    insurance_fen INTEGER NOT NULL CHECK (insurance_fen >= 0),
    subsidy_fen   INTEGER NOT NULL CHECK (subsidy_fen >= 0),
    self_fen      INTEGER NOT NULL CHECK (self_fen >= 0),
    note          TEXT NOT NULL DEFAULT '',
    cap_override  TEXT NOT NULL DEFAULT '', -- why the subsidy goes over the year's cap
    voided        INTEGER NOT NULL DEFAULT 0 CHECK (voided IN (0, 1)),
    void_reason   TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    created_by    INTEGER REFERENCES users(id),
    CHECK (total_fen = insurance_fen + subsidy_fen + self_fen),
    CHECK (discharged_on >= admitted_on)
);
CREATE INDEX medical_settlements_person ON medical_settlements (person_id, settled_on);
CREATE INDEX medical_settlements_day ON medical_settlements (settled_on);
CREATE TRIGGER medical_settlements_no_delete BEFORE DELETE ON medical_settlements
BEGIN
    SELECT RAISE(ABORT, 'medical settlements are never deleted');
END;

-- 义诊: a free clinic and the registry persons seen there (persons_seen counts everybody,
-- registered or not).
CREATE TABLE free_clinics (
    id            INTEGER PRIMARY KEY,
    held_on       TEXT NOT NULL,
    township_code TEXT NOT NULL REFERENCES townships(code),
    hospital      TEXT NOT NULL,
    doctors       TEXT NOT NULL DEFAULT '',
    place         TEXT NOT NULL DEFAULT '',
    persons_seen  INTEGER NOT NULL DEFAULT 0 CHECK (persons_seen >= 0),
    follow_up     TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',
    created_at    TEXT NOT NULL,
    created_by    INTEGER REFERENCES users(id)
);
CREATE INDEX free_clinics_day ON free_clinics (held_on);
CREATE TABLE free_clinic_persons (
    clinic_id INTEGER NOT NULL REFERENCES free_clinics(id),
    person_id INTEGER NOT NULL REFERENCES persons(id),
    finding   TEXT NOT NULL DEFAULT '',
    follow_up TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (clinic_id, person_id)
);
CREATE INDEX free_clinic_persons_person ON free_clinic_persons (person_id);

-- 临时救助: why assistance is asked for; 住房困难 (housing) goes first in the register.
ALTER TABLE applications ADD COLUMN assistance_reason TEXT NOT NULL DEFAULT ''
    CHECK (assistance_reason IN ('', 'housing', 'destitute', 'illness', 'accident', 'other'));
