-- Rapport journal, schema 1: clients, their people, the journal, and full-text search.
CREATE TABLE client (
    id                INTEGER PRIMARY KEY,
    name              TEXT    NOT NULL,
    status            TEXT    NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'PAUSED', 'FORMER')),
    archived          INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    industry          TEXT    NOT NULL DEFAULT '',
    notes             TEXT    NOT NULL DEFAULT '',
    rhythm_ideal_days INTEGER NOT NULL DEFAULT 14,
    rhythm_max_days   INTEGER NOT NULL DEFAULT 30,
    created_at        TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at        TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE UNIQUE INDEX client_name ON client (name COLLATE NOCASE);

CREATE TABLE contact (
    id                INTEGER PRIMARY KEY,
    client_id         INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    name              TEXT    NOT NULL,
    role              TEXT    NOT NULL DEFAULT '',
    email             TEXT    NOT NULL DEFAULT '',
    phone             TEXT    NOT NULL DEFAULT '',
    preferred_channel TEXT CHECK (preferred_channel IN ('MEETING', 'CALL', 'VIDEO', 'EMAIL', 'CHAT', 'OTHER')),
    time_zone         TEXT    NOT NULL DEFAULT '',
    notes             TEXT    NOT NULL DEFAULT '',
    context_carrier   INTEGER NOT NULL DEFAULT 0 CHECK (context_carrier IN (0, 1)),
    created_at        TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at        TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX contact_client ON contact (client_id);

-- occurred_at is the consultant's local wall-clock time, 'YYYY-MM-DDTHH:MM'.
CREATE TABLE interaction (
    id            INTEGER PRIMARY KEY,
    client_id     INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    occurred_at   TEXT    NOT NULL,
    channel       TEXT    NOT NULL CHECK (channel IN ('MEETING', 'CALL', 'VIDEO', 'EMAIL', 'CHAT', 'OTHER')),
    title         TEXT    NOT NULL,
    summary       TEXT    NOT NULL DEFAULT '',
    private_notes TEXT    NOT NULL DEFAULT '',
    tags          TEXT    NOT NULL DEFAULT '',
    mood          TEXT CHECK (mood IN ('DELIGHTED', 'POSITIVE', 'NEUTRAL', 'CONCERNED', 'UPSET')),
    created_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX interaction_client_time ON interaction (client_id, occurred_at);
CREATE INDEX interaction_time ON interaction (occurred_at);

CREATE TABLE interaction_contact (
    interaction_id INTEGER NOT NULL REFERENCES interaction (id) ON DELETE CASCADE,
    contact_id     INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    PRIMARY KEY (interaction_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX interaction_contact_contact ON interaction_contact (contact_id);

CREATE TABLE interaction_tag (
    interaction_id INTEGER NOT NULL REFERENCES interaction (id) ON DELETE CASCADE,
    tag            TEXT    NOT NULL,
    PRIMARY KEY (interaction_id, tag)
) WITHOUT ROWID;
CREATE INDEX interaction_tag_tag ON interaction_tag (tag);

CREATE TABLE setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Journal text, indexed from the interaction table. prefix='2 3' keeps short prefixes typed
-- in the search box as cheap as whole words.
CREATE VIRTUAL TABLE interaction_fts USING fts5 (
    title, summary, private_notes, tags,
    content = 'interaction', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE TRIGGER interaction_fts_insert AFTER INSERT ON interaction BEGIN
    INSERT INTO interaction_fts (rowid, title, summary, private_notes, tags)
    VALUES (new.id, new.title, new.summary, new.private_notes, new.tags);
END;
CREATE TRIGGER interaction_fts_delete AFTER DELETE ON interaction BEGIN
    INSERT INTO interaction_fts (interaction_fts, rowid, title, summary, private_notes, tags)
    VALUES ('delete', old.id, old.title, old.summary, old.private_notes, old.tags);
END;
CREATE TRIGGER interaction_fts_update AFTER UPDATE OF title, summary, private_notes, tags ON interaction BEGIN
    INSERT INTO interaction_fts (interaction_fts, rowid, title, summary, private_notes, tags)
    VALUES ('delete', old.id, old.title, old.summary, old.private_notes, old.tags);
    INSERT INTO interaction_fts (rowid, title, summary, private_notes, tags)
    VALUES (new.id, new.title, new.summary, new.private_notes, new.tags);
END;

-- Clients and contacts in one small index: rowid 2*id for a client, 2*id+1 for a contact.
CREATE VIRTUAL TABLE party_fts USING fts5 (
    name, details,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
CREATE TRIGGER client_fts_insert AFTER INSERT ON client BEGIN
    INSERT INTO party_fts (rowid, name, details) VALUES (2 * new.id, new.name, new.industry || ' ' || new.notes);
END;
CREATE TRIGGER client_fts_delete AFTER DELETE ON client BEGIN
    DELETE FROM party_fts WHERE rowid = 2 * old.id;
END;
CREATE TRIGGER client_fts_update AFTER UPDATE OF name, industry, notes ON client BEGIN
    UPDATE party_fts SET name = new.name, details = new.industry || ' ' || new.notes WHERE rowid = 2 * new.id;
END;
CREATE TRIGGER contact_fts_insert AFTER INSERT ON contact BEGIN
    INSERT INTO party_fts (rowid, name, details)
    VALUES (2 * new.id + 1, new.name, new.role || ' ' || new.email || ' ' || new.phone || ' ' || new.notes);
END;
CREATE TRIGGER contact_fts_delete AFTER DELETE ON contact BEGIN
    DELETE FROM party_fts WHERE rowid = 2 * old.id + 1;
END;
CREATE TRIGGER contact_fts_update AFTER UPDATE OF name, role, email, phone, notes ON contact BEGIN
    UPDATE party_fts SET name = new.name, details = new.role || ' ' || new.email || ' ' || new.phone || ' ' || new.notes
    WHERE rowid = 2 * new.id + 1;
END;
