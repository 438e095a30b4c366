-- Rapport journal, schema 14: people as mail knows them (issue 17). A person may have more emails
-- than the one on their row (contact.email stays their first, the one mail goes to), matched case
-- ignored; and a preferred language, for the replies drafted to them ('' when not known).
-- The unmatched mail also keeps what it takes to import it later for the person it is assigned
-- to: its threading headers, recipients and the writer's own text (private, like an entry's notes).

ALTER TABLE contact ADD COLUMN language TEXT NOT NULL DEFAULT '' CHECK (language IN ('', 'en', 'lt', 'ro', 'ru', 'uk'));

CREATE TABLE contact_email (
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    email TEXT NOT NULL COLLATE NOCASE,
    PRIMARY KEY (contact_id, email)
);
CREATE INDEX contact_email_email ON contact_email (email);

-- The same rule as V10's for contact.email, at this door too.
CREATE TRIGGER rule_contact_email_insert BEFORE INSERT ON contact_email BEGIN
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.email') WHERE new.email NOT LIKE '%_@_%._%' OR new.email GLOB '*[ ,;<>"()]*' OR length(new.email) > 320;
END;
CREATE TRIGGER rule_contact_email_update BEFORE UPDATE ON contact_email BEGIN
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.email') WHERE new.email NOT LIKE '%_@_%._%' OR new.email GLOB '*[ ,;<>"()]*' OR length(new.email) > 320;
END;

-- A person is found by any of their emails: the search index's details carry the others too.
DROP TRIGGER contact_fts_insert;
DROP TRIGGER contact_fts_update;
CREATE TRIGGER contact_fts_insert AFTER INSERT ON contact BEGIN
    INSERT INTO party_fts (rowid, name, details)
    VALUES (2 * new.id + 1, new.name, new.role || ' ' || new.email || ' ' || new.phone || ' ' || new.notes
        || coalesce(' ' || (SELECT group_concat(e.email, ' ') FROM contact_email e WHERE e.contact_id = new.id), ''));
END;
CREATE TRIGGER contact_fts_update AFTER UPDATE OF name, role, email, phone, notes ON contact BEGIN
    UPDATE party_fts SET name = new.name, details = new.role || ' ' || new.email || ' ' || new.phone || ' ' || new.notes
        || coalesce(' ' || (SELECT group_concat(e.email, ' ') FROM contact_email e WHERE e.contact_id = new.id), '')
    WHERE rowid = 2 * new.id + 1;
END;
CREATE TRIGGER contact_email_fts_insert AFTER INSERT ON contact_email BEGIN
    UPDATE party_fts SET details = (SELECT p.role || ' ' || p.email || ' ' || p.phone || ' ' || p.notes FROM contact p WHERE p.id = new.contact_id)
        || coalesce(' ' || (SELECT group_concat(e.email, ' ') FROM contact_email e WHERE e.contact_id = new.contact_id), '')
    WHERE rowid = 2 * new.contact_id + 1;
END;
CREATE TRIGGER contact_email_fts_delete AFTER DELETE ON contact_email BEGIN
    UPDATE party_fts SET details = (SELECT p.role || ' ' || p.email || ' ' || p.phone || ' ' || p.notes FROM contact p WHERE p.id = old.contact_id)
        || coalesce(' ' || (SELECT group_concat(e.email, ' ') FROM contact_email e WHERE e.contact_id = old.contact_id), '')
    WHERE rowid = 2 * old.contact_id + 1 AND EXISTS (SELECT 1 FROM contact p WHERE p.id = old.contact_id);
END;

ALTER TABLE mail_unmatched ADD COLUMN message_id TEXT;
ALTER TABLE mail_unmatched ADD COLUMN in_reply_to TEXT;
ALTER TABLE mail_unmatched ADD COLUMN refs TEXT NOT NULL DEFAULT '';
-- everyone it was sent to, one address a line as "Name <address>"
ALTER TABLE mail_unmatched ADD COLUMN recipients TEXT NOT NULL DEFAULT '';
-- the writer's own text (quotes left out), as an entry's private notes would hold it
ALTER TABLE mail_unmatched ADD COLUMN body TEXT NOT NULL DEFAULT '';
ALTER TABLE mail_unmatched ADD COLUMN attachments TEXT NOT NULL DEFAULT '';
ALTER TABLE mail_unmatched ADD COLUMN auto INTEGER NOT NULL DEFAULT 0 CHECK (auto IN (0, 1));
ALTER TABLE mail_unmatched ADD COLUMN date_from_file INTEGER NOT NULL DEFAULT 0 CHECK (date_from_file IN (0, 1));
