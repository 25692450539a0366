-- The year-end appraisal (issue 16): the schemes of the townships' unit appraisal and of the
-- staff's post appraisal, the computed results with their numerators and denominators, the
-- manual adjustments (never typed over a computed figure), the one-vote veto, the staff's
-- targets, self-assessment, the section chief's opinion and the director's grade; where a
-- person lived when (a person who moves township mid-year counts where they were at the time).
-- Points are integer tenths of a point (85.5 points = 855); rates per mille; dates ISO text.

-- A scheme per year and kind. Drafted by the section chief, approved by the director; an
-- approved scheme is frozen (triggers below): a later year copies it and edits the copy.
CREATE TABLE appraisal_schemes (
    id            INTEGER PRIMARY KEY,
    year          INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    kind          TEXT NOT NULL CHECK (kind IN ('unit', 'staff')),
    title         TEXT NOT NULL,
    basis         TEXT NOT NULL DEFAULT '',   -- the basis document: its number and title
    status        TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'approved')),
    -- Grade thresholds in tenths of a point: at or above excellent_at 优秀 (staff: 优秀), at or
    -- above good_at 良好 (称职), at or above pass_at 合格 (基本称职), below it 不合格 (不称职).
    excellent_at  INTEGER NOT NULL,
    good_at       INTEGER NOT NULL,
    pass_at       INTEGER NOT NULL,
    -- One-vote veto (unit schemes): which of the township's cases in the year veto its grade.
    veto_group    INTEGER NOT NULL DEFAULT 1 CHECK (veto_group IN (0, 1)),
    veto_beyond_level INTEGER NOT NULL DEFAULT 1 CHECK (veto_beyond_level IN (0, 1)),
    veto_serious_effect INTEGER NOT NULL DEFAULT 1 CHECK (veto_serious_effect IN (0, 1)),
    copied_from   INTEGER REFERENCES appraisal_schemes(id),
    drafted_by    INTEGER REFERENCES users(id),
    drafted_at    TEXT NOT NULL,
    approved_by   INTEGER REFERENCES users(id),
    approved_at   TEXT,
    updated_at    TEXT NOT NULL,
    UNIQUE (year, kind),
    CHECK (excellent_at >= good_at AND good_at >= pass_at AND pass_at >= 0),
    CHECK ((status = 'approved') = (approved_by IS NOT NULL AND approved_at IS NOT NULL))
);
CREATE TRIGGER appraisal_schemes_frozen BEFORE UPDATE ON appraisal_schemes
WHEN OLD.status = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'an approved appraisal scheme is frozen');
END;
CREATE TRIGGER appraisal_schemes_no_delete BEFORE DELETE ON appraisal_schemes
WHEN OLD.status = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'an approved appraisal scheme is frozen');
END;

-- The scheme's indicators. code names what is computed (the rules know each code); weight in
-- tenths of a point; target per mille for a rate (950 = 95%), a count for a count; days the
-- period an indicator allows where it has one (accepted within 15 days, fixed within 30).
CREATE TABLE appraisal_indicators (
    id         INTEGER PRIMARY KEY,
    scheme_id  INTEGER NOT NULL REFERENCES appraisal_schemes(id),
    ord        INTEGER NOT NULL,
    code       TEXT NOT NULL,
    title      TEXT NOT NULL,
    weight     INTEGER NOT NULL CHECK (weight BETWEEN 0 AND 1000),
    target     INTEGER NOT NULL CHECK (target >= 0),
    days       INTEGER CHECK (days IS NULL OR days > 0),
    UNIQUE (scheme_id, code),
    UNIQUE (scheme_id, ord)
);
CREATE TRIGGER appraisal_indicators_frozen_insert BEFORE INSERT ON appraisal_indicators
WHEN (SELECT status FROM appraisal_schemes WHERE id = NEW.scheme_id) = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'an approved appraisal scheme is frozen');
END;
CREATE TRIGGER appraisal_indicators_frozen_update BEFORE UPDATE ON appraisal_indicators
WHEN (SELECT status FROM appraisal_schemes WHERE id = OLD.scheme_id) = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'an approved appraisal scheme is frozen');
END;
CREATE TRIGGER appraisal_indicators_frozen_delete BEFORE DELETE ON appraisal_indicators
WHEN (SELECT status FROM appraisal_schemes WHERE id = OLD.scheme_id) = 'approved'
BEGIN
    SELECT RAISE(ABORT, 'an approved appraisal scheme is frozen');
END;

-- The latest computation, indicator by indicator. subject: a township code, or 'user:<id>'
-- for a staff member. has_records = 0: the area has no records yet (no score, says so).
-- Each computation replaces these rows; its audit entry keeps the figures before and after.
CREATE TABLE appraisal_results (
    id             INTEGER PRIMARY KEY,
    scheme_id      INTEGER NOT NULL REFERENCES appraisal_schemes(id),
    subject        TEXT NOT NULL,
    indicator_code TEXT NOT NULL,
    numerator      INTEGER NOT NULL CHECK (numerator >= 0),
    denominator    INTEGER NOT NULL CHECK (denominator >= 0),
    has_records    INTEGER NOT NULL CHECK (has_records IN (0, 1)),
    score          INTEGER NOT NULL DEFAULT 0,   -- tenths of a point
    computed_at    TEXT NOT NULL,
    UNIQUE (scheme_id, subject, indicator_code)
);

-- A township's outcome of the latest computation: computed points, adjustments, total and
-- grade; veto_case_id the case that vetoed the grade (the grade is then the lowest).
CREATE TABLE appraisal_unit_outcomes (
    scheme_id     INTEGER NOT NULL REFERENCES appraisal_schemes(id),
    township_code TEXT NOT NULL REFERENCES townships(code),
    points        INTEGER NOT NULL,             -- tenths, from the indicators
    adjustment    INTEGER NOT NULL DEFAULT 0,   -- tenths, commendations minus deductions
    total         INTEGER NOT NULL,
    grade         TEXT NOT NULL CHECK (grade IN ('excellent', 'good', 'pass', 'fail')),
    veto_case_id  INTEGER REFERENCES petition_cases(id),
    veto_reason   TEXT NOT NULL DEFAULT '',
    computed_at   TEXT NOT NULL,
    PRIMARY KEY (scheme_id, township_code)
);

-- Commendations and deductions: each with a reason, audited; voided, never deleted.
CREATE TABLE appraisal_adjustments (
    id            INTEGER PRIMARY KEY,
    scheme_id     INTEGER NOT NULL REFERENCES appraisal_schemes(id),
    township_code TEXT NOT NULL REFERENCES townships(code),
    kind          TEXT NOT NULL CHECK (kind IN ('commendation', 'deduction')),
    points        INTEGER NOT NULL CHECK (points > 0),   -- tenths
    reason        TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    created_by    INTEGER NOT NULL REFERENCES users(id),
    created_at    TEXT NOT NULL,
    voided_by     INTEGER REFERENCES users(id),
    voided_at     TEXT,
    void_reason   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX appraisal_adjustments_scheme ON appraisal_adjustments (scheme_id, township_code);
CREATE TRIGGER appraisal_adjustments_no_delete BEFORE DELETE ON appraisal_adjustments
BEGIN
    SELECT RAISE(ABORT, 'appraisal adjustments are voided, never deleted');
END;

-- The director marks a case as having caused a serious effect (a veto when the scheme says so).
ALTER TABLE petition_cases ADD COLUMN serious_effect INTEGER NOT NULL DEFAULT 0
    CHECK (serious_effect IN (0, 1));
ALTER TABLE petition_cases ADD COLUMN serious_effect_by INTEGER REFERENCES users(id);
ALTER TABLE petition_cases ADD COLUMN serious_effect_on TEXT;
CREATE INDEX petition_cases_township_received ON petition_cases (township_code, received_at);

-- Where a person lived when: one row per change of township, written by the person's update.
-- No row: the person has lived in persons.township_code all along.
CREATE TABLE person_township_moves (
    id         INTEGER PRIMARY KEY,
    person_id  INTEGER NOT NULL REFERENCES persons(id),
    from_code  TEXT NOT NULL REFERENCES townships(code),
    to_code    TEXT NOT NULL REFERENCES townships(code),
    moved_on   TEXT NOT NULL,
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id)
);
CREATE INDEX person_township_moves_person ON person_township_moves (person_id, moved_on);

-- The staff's post appraisal. Targets per person where they differ from the scheme's.
CREATE TABLE staff_targets (
    scheme_id      INTEGER NOT NULL REFERENCES appraisal_schemes(id),
    user_id        INTEGER NOT NULL REFERENCES users(id),
    indicator_code TEXT NOT NULL,
    target         INTEGER NOT NULL CHECK (target >= 0),
    weight         INTEGER NOT NULL CHECK (weight BETWEEN 0 AND 1000),
    note           TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (scheme_id, user_id, indicator_code)
);

-- One row per staff member and year: the responsibility form (岗位目标责任书) printed for
-- signature, the self-assessment, the section chief's opinion, the director's grade. Nobody
-- appraises themselves (CHECKs below, as well as the rules).
CREATE TABLE staff_appraisals (
    id               INTEGER PRIMARY KEY,
    scheme_id        INTEGER NOT NULL REFERENCES appraisal_schemes(id),
    user_id          INTEGER NOT NULL REFERENCES users(id),
    pledge_printed_at TEXT,
    self_assessment  TEXT NOT NULL DEFAULT '',
    self_at          TEXT,
    chief_opinion    TEXT NOT NULL DEFAULT '',
    chief_id         INTEGER REFERENCES users(id),
    chief_at         TEXT,
    director_grade   TEXT NOT NULL DEFAULT ''
                     CHECK (director_grade IN ('', 'excellent', 'competent', 'basic', 'incompetent')),
    director_note    TEXT NOT NULL DEFAULT '',
    director_id      INTEGER REFERENCES users(id),
    director_at      TEXT,
    UNIQUE (scheme_id, user_id),
    CHECK (chief_id IS NULL OR chief_id <> user_id),
    CHECK (director_id IS NULL OR director_id <> user_id)
);
