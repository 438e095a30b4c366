-- Rapport journal, roles (issue 8): one person, several roles at several clients, each with its
-- title and dates; and tags on people. contact.client_id stays the person's home client (the
-- client of a current role) and contact.role the title there, so everything that asks "who is
-- this person" keeps working; "people at this client" reads contact_role.

-- from_day and to_day are 'YYYY-MM-DD' or NULL (not known / still in the role). A role ended on
-- to_day is a past role from that day on.
CREATE TABLE contact_role (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    client_id  INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    title      TEXT    NOT NULL DEFAULT '',
    from_day   TEXT,
    to_day     TEXT,
    CHECK (to_day IS NULL OR from_day IS NULL OR to_day >= from_day)
);
CREATE INDEX contact_role_contact ON contact_role (contact_id);
CREATE INDEX contact_role_client ON contact_role (client_id, contact_id);

-- Every existing person gets one current role at their client, with their title.
INSERT INTO contact_role (contact_id, client_id, title) SELECT id, client_id, role FROM contact;

-- Whatever writes a new person (a form, an import, a restore), they start with a role at their client.
CREATE TRIGGER contact_role_first AFTER INSERT ON contact BEGIN
    INSERT INTO contact_role (contact_id, client_id, title) VALUES (new.id, new.client_id, new.role);
END;

-- Deleting a client removes its roles (cascade) and the people who have no role elsewhere; a
-- person with a role at another client stays, moved home to that client (current roles first)
-- with their personal dates, and loses the context-carrier mark of the deleted client.
CREATE TRIGGER client_delete_keeps_people BEFORE DELETE ON client BEGIN
    UPDATE contact SET
        client_id = (SELECT r.client_id FROM contact_role r WHERE r.contact_id = contact.id AND r.client_id <> old.id
                     ORDER BY r.to_day IS NOT NULL, r.to_day DESC, r.id DESC LIMIT 1),
        role = (SELECT r.title FROM contact_role r WHERE r.contact_id = contact.id AND r.client_id <> old.id
                ORDER BY r.to_day IS NOT NULL, r.to_day DESC, r.id DESC LIMIT 1),
        context_carrier = 0
    WHERE client_id = old.id
      AND EXISTS (SELECT 1 FROM contact_role r WHERE r.contact_id = contact.id AND r.client_id <> old.id);
    UPDATE dated_event SET client_id = (SELECT p.client_id FROM contact p WHERE p.id = dated_event.contact_id)
    WHERE client_id = old.id AND contact_id IN (SELECT p.id FROM contact p WHERE p.client_id <> old.id);
END;

CREATE TABLE contact_tag (
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    tag        TEXT    NOT NULL,
    PRIMARY KEY (contact_id, tag)
) WITHOUT ROWID;
CREATE INDEX contact_tag_tag ON contact_tag (tag);
