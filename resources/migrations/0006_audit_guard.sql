-- The audit chain's guard (issue 9). From this version on every entry's hash is keyed with a key
-- derived from the key file beside the database (never stored in it), so whoever edits the file
-- alone cannot write an entry that verifies. Entries written before this upgrade keep their
-- plain SHA-256: `legacy_until` says up to which entry that is, and `seal` (a keyed hash of that
-- number, written by the program with the first keyed entry) stops anyone moving the boundary.
CREATE TABLE audit_chain (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    legacy_until INTEGER NOT NULL,
    seal         TEXT NOT NULL DEFAULT ''
);
INSERT INTO audit_chain (id, legacy_until) SELECT 1, coalesce(max(id), 0) FROM audit_log;

CREATE TRIGGER audit_chain_no_reseal BEFORE UPDATE ON audit_chain
WHEN OLD.seal <> '' OR NEW.legacy_until IS NOT OLD.legacy_until OR NEW.id IS NOT OLD.id
BEGIN
    SELECT RAISE(ABORT, 'the start of the audit chain cannot be changed');
END;

CREATE TRIGGER audit_chain_no_delete BEFORE DELETE ON audit_chain
BEGIN
    SELECT RAISE(ABORT, 'the start of the audit chain cannot be deleted');
END;

-- Only the entry that follows the last one may be added: the next number and the last hash as
-- its previous hash. This also refuses INSERT OR REPLACE of an existing entry (which would
-- otherwise replace it without firing the delete trigger).
CREATE TRIGGER audit_log_insert_guard BEFORE INSERT ON audit_log
WHEN NEW.id IS NOT (SELECT coalesce(max(id), 0) + 1 FROM audit_log)
  OR NEW.prev_hash IS NOT coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1),
                                   '0000000000000000000000000000000000000000000000000000000000000000')
BEGIN
    SELECT RAISE(ABORT, 'the audit log only takes the entry that follows the last one');
END;
