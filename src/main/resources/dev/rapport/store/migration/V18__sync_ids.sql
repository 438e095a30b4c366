-- Rapport journal, stable identities for sync (issue 20): every row that syncs between devices
-- gets a global id, a random version-4 UUID, kept beside its local integer id. Existing rows gain
-- one here; a row inserted later without one gets one from its table's gid trigger (ALTER TABLE
-- cannot add a column whose default is an expression), so every door (forms, imports, merges,
-- undo) gives new rows an id without knowing. The built-in checklist items are the same on every
-- device, so theirs come from their code. Link rows (tags, an entry's people, ...) are named by
-- the ids of the rows they join and need none. Local tables (settings, mail, calendars, meetings)
-- do not sync and get none: docs/decisions/0001-sync-merge.md.

ALTER TABLE client ADD COLUMN gid TEXT;
ALTER TABLE contact ADD COLUMN gid TEXT;
ALTER TABLE contact_role ADD COLUMN gid TEXT;
ALTER TABLE client_ask ADD COLUMN gid TEXT;
ALTER TABLE dated_event ADD COLUMN gid TEXT;
ALTER TABLE interaction ADD COLUMN gid TEXT;
ALTER TABLE problem ADD COLUMN gid TEXT;
ALTER TABLE promise ADD COLUMN gid TEXT;
ALTER TABLE request ADD COLUMN gid TEXT;
ALTER TABLE review ADD COLUMN gid TEXT;
ALTER TABLE survey_question ADD COLUMN gid TEXT;
ALTER TABLE survey_answer ADD COLUMN gid TEXT;
ALTER TABLE checklist_item ADD COLUMN gid TEXT;
-- Existing rows are given their ids right after this file, in the same transaction, with the
-- journal's rule triggers set aside (an older row breaking a rule must not stop the upgrade):
-- store/SyncIds.java.
CREATE UNIQUE INDEX client_gid ON client (gid);
CREATE UNIQUE INDEX contact_gid ON contact (gid);
CREATE UNIQUE INDEX contact_role_gid ON contact_role (gid);
CREATE UNIQUE INDEX client_ask_gid ON client_ask (gid);
CREATE UNIQUE INDEX dated_event_gid ON dated_event (gid);
CREATE UNIQUE INDEX interaction_gid ON interaction (gid);
CREATE UNIQUE INDEX problem_gid ON problem (gid);
CREATE UNIQUE INDEX promise_gid ON promise (gid);
CREATE UNIQUE INDEX request_gid ON request (gid);
CREATE UNIQUE INDEX review_gid ON review (gid);
CREATE UNIQUE INDEX survey_question_gid ON survey_question (gid);
CREATE UNIQUE INDEX survey_answer_gid ON survey_answer (gid);
CREATE UNIQUE INDEX checklist_item_gid ON checklist_item (gid);
CREATE TRIGGER client_gid AFTER INSERT ON client WHEN NEW.gid IS NULL BEGIN
    UPDATE client SET gid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER contact_gid AFTER INSERT ON contact WHEN NEW.gid IS NULL BEGIN
    UPDATE contact SET gid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER contact_role_gid AFTER INSERT ON contact_role WHEN NEW.gid IS NULL BEGIN
    UPDATE contact_role SET gid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER client_ask_gid AFTER INSERT ON client_ask WHEN NEW.gid IS NULL BEGIN
    UPDATE client_ask SET gid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER dated_event_gid AFTER INSERT ON dated_event WHEN NEW.gid IS NULL BEGIN
    UPDATE dated_event SET gid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER interaction_gid AFTER INSERT ON interaction WHEN NEW.gid IS NULL BEGIN
    UPDATE interaction SET gid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER problem_gid AFTER INSERT ON problem WHEN NEW.gid IS NULL BEGIN
    UPDATE problem SET gid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER promise_gid AFTER INSERT ON promise WHEN NEW.gid IS NULL BEGIN
    UPDATE promise SET gid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER request_gid AFTER INSERT ON request WHEN NEW.gid IS NULL BEGIN
    UPDATE request SET gid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER review_gid AFTER INSERT ON review WHEN NEW.gid IS NULL BEGIN
    UPDATE review SET gid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER survey_question_gid AFTER INSERT ON survey_question WHEN NEW.gid IS NULL BEGIN
    UPDATE survey_question SET gid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER survey_answer_gid AFTER INSERT ON survey_answer WHEN NEW.gid IS NULL BEGIN
    UPDATE survey_answer SET gid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER checklist_item_gid AFTER INSERT ON checklist_item WHEN NEW.gid IS NULL BEGIN
    UPDATE checklist_item SET gid = lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))) WHERE rowid = NEW.rowid;
END;

-- This device's changes to publish, numbered; the value and clock of every synced field as last
-- merged; the values that lost a merge. Local to the device: never synced themselves.
CREATE TABLE sync_outbox (
    seq     INTEGER PRIMARY KEY,
    tbl     TEXT NOT NULL,
    row_key TEXT NOT NULL,
    col     TEXT NOT NULL,
    value   BLOB,
    hlc     INTEGER NOT NULL,
    device  TEXT NOT NULL
);
CREATE TABLE sync_field (
    tbl     TEXT NOT NULL,
    row_key TEXT NOT NULL,
    col     TEXT NOT NULL,
    value   BLOB,
    hlc     INTEGER NOT NULL,
    device  TEXT NOT NULL,
    PRIMARY KEY (tbl, row_key, col)
) WITHOUT ROWID;
CREATE TABLE sync_history (
    id         INTEGER PRIMARY KEY,
    tbl        TEXT NOT NULL,
    row_key    TEXT NOT NULL,
    col        TEXT NOT NULL,
    value      BLOB,
    hlc        INTEGER NOT NULL,
    device     TEXT NOT NULL,
    lost_to_hlc    INTEGER NOT NULL,
    lost_to_device TEXT NOT NULL
);
CREATE INDEX sync_history_row ON sync_history (tbl, row_key);
CREATE UNIQUE INDEX sync_history_once ON sync_history (tbl, row_key, col, hlc, device);
-- Rows whose changes have come but cannot be stored yet (a parent still on its way).
CREATE TABLE sync_pending (
    tbl     TEXT NOT NULL,
    row_key TEXT NOT NULL,
    PRIMARY KEY (tbl, row_key)
) WITHOUT ROWID;
-- This device's id and the like.
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
