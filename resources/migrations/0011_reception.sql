-- Reception days (接访日, issue 12): the leader on duty per date, with substitutions. Portable SQL.
-- (Symposiums, also numbered 0011 in the plan, are not in this migration yet.)
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
