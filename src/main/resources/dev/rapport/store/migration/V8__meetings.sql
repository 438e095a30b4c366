-- Rapport journal, planned meetings (issue 8): upcoming calendar events whose attendees are
-- contacts, read from an .ics file. Self-contained: it only adds tables.

-- uid is the calendar event's UID, so importing the same calendar again updates the meeting.
-- starts_at and ends_at are the consultant's local wall-clock time, 'YYYY-MM-DDTHH:MM'.
-- briefed_at (a UTC instant) is set once the client's brief was opened or exported for it.
CREATE TABLE meeting (
    id         INTEGER PRIMARY KEY,
    uid        TEXT    NOT NULL,
    client_id  INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    title      TEXT    NOT NULL,
    starts_at  TEXT    NOT NULL,
    ends_at    TEXT,
    location   TEXT    NOT NULL DEFAULT '',
    briefed_at TEXT
);
CREATE UNIQUE INDEX meeting_uid ON meeting (uid);
CREATE INDEX meeting_client_time ON meeting (client_id, starts_at);
CREATE INDEX meeting_time ON meeting (starts_at);

-- The attendees who are contacts.
CREATE TABLE meeting_contact (
    meeting_id INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    contact_id INTEGER NOT NULL REFERENCES contact (id) ON DELETE CASCADE,
    PRIMARY KEY (meeting_id, contact_id)
) WITHOUT ROWID;
CREATE INDEX meeting_contact_contact ON meeting_contact (contact_id);
