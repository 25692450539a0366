-- Festival campaigns (八一 / 春节慰问, issue 12): the amount table the section chief keeps, the
-- campaigns, their lines (one per person) and their signatures. Portable SQL.

-- The festival amount table: amount per category and festival, with its basis document. Rows are
-- only added (a new row supersedes the old from its effective date), like the policy book.
CREATE TABLE festival_amounts (
    id             INTEGER PRIMARY KEY,
    festival       TEXT NOT NULL CHECK (festival IN ('bayi', 'spring')),
    category_code  TEXT NOT NULL REFERENCES categories(code),
    amount_fen     INTEGER NOT NULL CHECK (amount_fen > 0),
    effective_from TEXT NOT NULL,
    basis_number   TEXT NOT NULL,
    basis_title    TEXT NOT NULL,
    created_at     TEXT NOT NULL,
    created_by     INTEGER REFERENCES users(id),
    UNIQUE (festival, category_code, effective_from)
);

CREATE TRIGGER festival_amounts_no_update BEFORE UPDATE ON festival_amounts
BEGIN
    SELECT RAISE(ABORT, 'festival amounts are never changed; add a new one that supersedes it');
END;

CREATE TRIGGER festival_amounts_no_delete BEFORE DELETE ON festival_amounts
BEGIN
    SELECT RAISE(ABORT, 'festival amounts are never deleted; add a new one that supersedes it');
END;

-- One campaign per festival and year. state and chain as for applications (0004).
CREATE TABLE campaigns (
    id             INTEGER PRIMARY KEY,
    festival       TEXT NOT NULL CHECK (festival IN ('bayi', 'spring')),
    year           INTEGER NOT NULL,
    title          TEXT NOT NULL,
    categories     TEXT NOT NULL,               -- category codes, comma-separated
    townships      TEXT NOT NULL DEFAULT '',    -- township codes, comma-separated; '' = all
    state          TEXT NOT NULL DEFAULT 'draft'
                   CHECK (state IN ('draft', 'pending', 'returned', 'rejected', 'approved')),
    round          INTEGER NOT NULL DEFAULT 0,
    current_step   INTEGER NOT NULL DEFAULT 0,
    chain          TEXT NOT NULL DEFAULT '',
    drafted_by     INTEGER NOT NULL REFERENCES users(id),
    drafted_at     TEXT NOT NULL,
    decided_at     TEXT,
    updated_at     TEXT NOT NULL,
    UNIQUE (festival, year)
);

-- One person of a campaign. Name, township, categories and amount are copied when the list is
-- made: an approved list prints the same ever after.
CREATE TABLE campaign_lines (
    id              INTEGER PRIMARY KEY,
    campaign_id     INTEGER NOT NULL REFERENCES campaigns(id),
    person_id       INTEGER NOT NULL REFERENCES persons(id),
    person_name     TEXT NOT NULL,
    sort_name       TEXT NOT NULL DEFAULT '',
    township_code   TEXT NOT NULL,
    township_name   TEXT NOT NULL,
    categories_text TEXT NOT NULL,
    amount_category TEXT NOT NULL,
    amount_fen      INTEGER NOT NULL CHECK (amount_fen > 0),
    delivery        TEXT NOT NULL DEFAULT 'open'
                    CHECK (delivery IN ('open', 'delivered', 'not_delivered')),
    delivered_on    TEXT,
    delivery_note   TEXT NOT NULL DEFAULT '',
    UNIQUE (campaign_id, person_id)
);
CREATE INDEX campaign_lines_roster ON campaign_lines (campaign_id, township_code, sort_name, id);

-- Frozen once approved: no line added, removed, or changed but its delivery.
CREATE TRIGGER campaign_lines_frozen_insert BEFORE INSERT ON campaign_lines
WHEN (SELECT state FROM campaigns WHERE id = NEW.campaign_id) IN ('approved', 'pending')
BEGIN
    SELECT RAISE(ABORT, 'the campaign list is frozen');
END;

CREATE TRIGGER campaign_lines_frozen_delete BEFORE DELETE ON campaign_lines
WHEN (SELECT state FROM campaigns WHERE id = OLD.campaign_id) IN ('approved', 'pending')
BEGIN
    SELECT RAISE(ABORT, 'the campaign list is frozen');
END;

CREATE TRIGGER campaign_lines_frozen_update BEFORE UPDATE OF campaign_id, person_id, person_name,
    township_code, township_name, categories_text, amount_category, amount_fen ON campaign_lines
WHEN (SELECT state FROM campaigns WHERE id = OLD.campaign_id) IN ('approved', 'pending')
BEGIN
    SELECT RAISE(ABORT, 'the campaign list is frozen');
END;

CREATE TABLE campaign_steps (
    id          INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id),
    round       INTEGER NOT NULL,
    step_index  INTEGER NOT NULL,
    role        TEXT NOT NULL,
    decision    TEXT NOT NULL CHECK (decision IN ('submit', 'approve', 'return', 'reject')),
    opinion     TEXT NOT NULL DEFAULT '',
    signer_id   INTEGER NOT NULL REFERENCES users(id),
    signer_name TEXT NOT NULL,
    signed_at   TEXT NOT NULL
);
CREATE INDEX campaign_steps_campaign ON campaign_steps (campaign_id, id);
