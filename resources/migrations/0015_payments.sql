-- Payments and public disclosure (资金发放与公示, issue 14): the rolls, their lines and the
-- months each line pays, recoveries, bank templates and returns, the signatures. Portable SQL.
-- Nothing in a roll is ever deleted; a roll's lines are frozen from submission and for good
-- once approved, all but the bank's result.

-- One roll: the regular roll of a month (at most one live per month) or a re-issue roll of
-- failed and held lines. state and chain as for applications (0004); 'cancelled' ends a
-- draft or returned roll that is not to go on (with the reason), so a new one can be drafted.
CREATE TABLE payment_rolls (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('regular', 'reissue')),
    month         TEXT NOT NULL,               -- 'YYYY-MM': the month the roll pays in
    title         TEXT NOT NULL,
    state         TEXT NOT NULL DEFAULT 'draft'
                  CHECK (state IN ('draft', 'pending', 'returned', 'rejected', 'approved',
                                   'cancelled')),
    round         INTEGER NOT NULL DEFAULT 0,
    current_step  INTEGER NOT NULL DEFAULT 0,
    chain         TEXT NOT NULL DEFAULT '',
    line_count    INTEGER NOT NULL DEFAULT 0,
    total_fen     INTEGER NOT NULL DEFAULT 0,  -- every line, held ones included
    problem_count INTEGER NOT NULL DEFAULT 0,  -- lines held (no bank account …)
    cancel_reason TEXT NOT NULL DEFAULT '',
    drafted_by    INTEGER NOT NULL REFERENCES users(id),
    drafted_at    TEXT NOT NULL,
    decided_at    TEXT,
    updated_at    TEXT NOT NULL
);
CREATE UNIQUE INDEX payment_rolls_one_regular ON payment_rolls (month)
    WHERE kind = 'regular' AND state NOT IN ('cancelled', 'rejected');
CREATE INDEX payment_rolls_month ON payment_rolls (month, id);

CREATE TRIGGER payment_rolls_no_delete BEFORE DELETE ON payment_rolls
BEGIN
    SELECT RAISE(ABORT, 'payment rolls are never deleted');
END;

-- The bank's result files taken in, with what they said (rows by outcome).
CREATE TABLE bank_returns (
    id          INTEGER PRIMARY KEY,
    roll_id     INTEGER NOT NULL REFERENCES payment_rolls(id),
    file_name   TEXT NOT NULL,
    sha256      TEXT NOT NULL,
    rows_total  INTEGER NOT NULL DEFAULT 0,
    paid        INTEGER NOT NULL DEFAULT 0,
    failed      INTEGER NOT NULL DEFAULT 0,
    unmatched   INTEGER NOT NULL DEFAULT 0,
    ambiguous   INTEGER NOT NULL DEFAULT 0,
    duplicate   INTEGER NOT NULL DEFAULT 0,
    imported_at TEXT NOT NULL,
    imported_by INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX bank_returns_roll ON bank_returns (roll_id, id);

CREATE TRIGGER bank_returns_no_update BEFORE UPDATE ON bank_returns
BEGIN
    SELECT RAISE(ABORT, 'a bank return is never changed');
END;

CREATE TRIGGER bank_returns_no_delete BEFORE DELETE ON bank_returns
BEGIN
    SELECT RAISE(ABORT, 'a bank return is never deleted');
END;

-- One transfer of a roll: one person, the sum of the months it pays. Name, place and
-- categories are copied when the roll is made, so an approved roll prints the same ever after.
-- state: pending (sent or to be sent), held (not sent: `problem` says why, e.g. no bank
-- account), paid (bank said so, paid_on), failed (bank said no, fail_reason). A failed or held
-- line is paid again by a line of a re-issue roll (reissued_by ↔ reissue_of).
CREATE TABLE payment_lines (
    id              INTEGER PRIMARY KEY,
    roll_id         INTEGER NOT NULL REFERENCES payment_rolls(id),
    seq             INTEGER NOT NULL,            -- 序号: township order, then pinyin
    person_id       INTEGER NOT NULL REFERENCES persons(id),
    person_name     TEXT NOT NULL,
    sort_name       TEXT NOT NULL DEFAULT '',
    township_code   TEXT NOT NULL,
    township_name   TEXT NOT NULL,
    village_name    TEXT NOT NULL DEFAULT '',
    categories_text TEXT NOT NULL,
    amount_fen      INTEGER NOT NULL CHECK (amount_fen > 0),
    bank_name       TEXT NOT NULL DEFAULT '',
    problem         TEXT NOT NULL DEFAULT '',
    state           TEXT NOT NULL DEFAULT 'pending'
                    CHECK (state IN ('pending', 'held', 'paid', 'failed')),
    paid_on         TEXT,
    fail_reason     TEXT NOT NULL DEFAULT '',
    return_id       INTEGER REFERENCES bank_returns(id),
    reissue_of      INTEGER REFERENCES payment_lines(id),
    reissued_by     INTEGER REFERENCES payment_lines(id),
    UNIQUE (roll_id, person_id)
);
CREATE INDEX payment_lines_roll ON payment_lines (roll_id, seq);
CREATE INDEX payment_lines_roll_state ON payment_lines (roll_id, state);
CREATE INDEX payment_lines_person ON payment_lines (person_id, roll_id);
CREATE INDEX payment_lines_open ON payment_lines (state, roll_id) WHERE state IN ('failed', 'held');

CREATE TRIGGER payment_lines_no_delete BEFORE DELETE ON payment_lines
BEGIN
    SELECT RAISE(ABORT, 'payment lines are never deleted');
END;

CREATE TRIGGER payment_lines_frozen_insert BEFORE INSERT ON payment_lines
WHEN (SELECT state FROM payment_rolls WHERE id = NEW.roll_id)
     IN ('pending', 'approved', 'rejected', 'cancelled')
BEGIN
    SELECT RAISE(ABORT, 'the payment roll is frozen');
END;

CREATE TRIGGER payment_lines_frozen_update BEFORE UPDATE OF roll_id, seq, person_id, person_name,
    township_code, township_name, village_name, categories_text, amount_fen, bank_name, reissue_of
    ON payment_lines
BEGIN
    SELECT RAISE(ABORT, 'a payment line is never changed once made');
END;

-- The bank's result is taken only on an approved roll, and only once per line.
CREATE TRIGGER payment_lines_result_once BEFORE UPDATE OF state, paid_on, fail_reason, return_id
    ON payment_lines
WHEN (SELECT state FROM payment_rolls WHERE id = OLD.roll_id) <> 'approved'
     OR OLD.state IN ('paid', 'failed')
BEGIN
    SELECT RAISE(ABORT, 'the bank result of a payment line is recorded once, on an approved roll');
END;

CREATE TRIGGER payment_lines_reissued_once BEFORE UPDATE OF reissued_by ON payment_lines
WHEN OLD.reissued_by IS NOT NULL OR OLD.state NOT IN ('failed', 'held')
BEGIN
    SELECT RAISE(ABORT, 'only a failed or held payment line is re-issued, once');
END;

-- The months a line pays: the month's regular amount, or back pay (补发) for an earlier month
-- after a standard raised with a past effective date, with the standard and its basis.
CREATE TABLE payment_items (
    id            INTEGER PRIMARY KEY,
    line_id       INTEGER NOT NULL REFERENCES payment_lines(id),
    person_id     INTEGER NOT NULL REFERENCES persons(id),
    month         TEXT NOT NULL,                -- 'YYYY-MM': the month owed
    kind          TEXT NOT NULL CHECK (kind IN ('regular', 'backpay')),
    category_code TEXT NOT NULL,
    amount_fen    INTEGER NOT NULL CHECK (amount_fen > 0),
    standard_id   INTEGER REFERENCES benefit_standards(id),
    basis         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX payment_items_line ON payment_items (line_id, id);
CREATE INDEX payment_items_person_month ON payment_items (person_id, month);

CREATE TRIGGER payment_items_no_update BEFORE UPDATE ON payment_items
BEGIN
    SELECT RAISE(ABORT, 'payment items are never changed');
END;

CREATE TRIGGER payment_items_no_delete BEFORE DELETE ON payment_items
BEGIN
    SELECT RAISE(ABORT, 'payment items are never deleted');
END;

-- What was paid and was not owed (a death reported late): never netted against anything;
-- proposed when a roll is drafted, approved by the section chief, then recovered (追回, with
-- the day) or written off (核销, by the director, with the reason).
CREATE TABLE payment_recoveries (
    id            INTEGER PRIMARY KEY,
    person_id     INTEGER NOT NULL REFERENCES persons(id),
    person_name   TEXT NOT NULL,
    township_code TEXT NOT NULL,
    months        TEXT NOT NULL,                -- 'YYYY-MM,YYYY-MM,…' overpaid
    amount_fen    INTEGER NOT NULL CHECK (amount_fen > 0),
    reason        TEXT NOT NULL,
    found_roll_id INTEGER REFERENCES payment_rolls(id),
    state         TEXT NOT NULL DEFAULT 'proposed'
                  CHECK (state IN ('proposed', 'approved', 'recovered', 'written_off')),
    recorded_at   TEXT NOT NULL,
    recorded_by   INTEGER NOT NULL REFERENCES users(id),
    decided_at    TEXT,
    decided_by    INTEGER REFERENCES users(id),
    settled_on    TEXT,
    settled_note  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX payment_recoveries_person ON payment_recoveries (person_id, id);
CREATE INDEX payment_recoveries_state ON payment_recoveries (state, id);

CREATE TRIGGER payment_recoveries_no_delete BEFORE DELETE ON payment_recoveries
BEGIN
    SELECT RAISE(ABORT, 'recoveries are never deleted');
END;

-- A bank's batch layout: the columns in order (keys, comma-separated: seq, account, name,
-- citizen_id, amount, bank, township, village, note), header row or not, encoding and format,
-- a summary line (count and total) or not.
CREATE TABLE bank_templates (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL UNIQUE,
    bank_name    TEXT NOT NULL,
    columns      TEXT NOT NULL,
    header_row   INTEGER NOT NULL DEFAULT 1 CHECK (header_row IN (0, 1)),
    encoding     TEXT NOT NULL DEFAULT 'gb18030' CHECK (encoding IN ('gb18030', 'utf-8')),
    format       TEXT NOT NULL DEFAULT 'csv' CHECK (format IN ('csv', 'xlsx')),
    summary_line INTEGER NOT NULL DEFAULT 0 CHECK (summary_line IN (0, 1)),
    active       INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    updated_at   TEXT NOT NULL
);

CREATE TABLE payment_steps (
    id          INTEGER PRIMARY KEY,
    roll_id     INTEGER NOT NULL REFERENCES payment_rolls(id),
    round       INTEGER NOT NULL,
    step_index  INTEGER NOT NULL,
    role        TEXT NOT NULL,
    decision    TEXT NOT NULL CHECK (decision IN ('submit', 'approve', 'return', 'reject')),
    opinion     TEXT NOT NULL DEFAULT '',
    signer_id   INTEGER NOT NULL REFERENCES users(id),
    signer_name TEXT NOT NULL,
    signed_at   TEXT NOT NULL
);
CREATE INDEX payment_steps_roll ON payment_steps (roll_id, id);

CREATE TRIGGER payment_steps_no_update BEFORE UPDATE ON payment_steps
BEGIN
    SELECT RAISE(ABORT, 'the signatures of a roll cannot be changed');
END;

CREATE TRIGGER payment_steps_no_delete BEFORE DELETE ON payment_steps
BEGIN
    SELECT RAISE(ABORT, 'the signatures of a roll cannot be deleted');
END;

INSERT INTO bank_templates (name, bank_name, columns, header_row, encoding, format, summary_line, updated_at)
VALUES ('农商银行代发', '湖南武冈农村商业银行', 'seq,account,name,amount,citizen_id,note', 1, 'gb18030', 'csv', 1, '2026-01-01T00:00:00');
INSERT INTO bank_templates (name, bank_name, columns, header_row, encoding, format, summary_line, updated_at)
VALUES ('邮储银行批量代发', '中国邮政储蓄银行', 'account,name,amount,citizen_id', 1, 'utf-8', 'xlsx', 0, '2026-01-01T00:00:00');
