-- Rapport journal: subscribed calendars (issue 23). The address of a calendar is a secret (whoever
-- has it reads the calendar) and is not stored here: it is kept in the operating system's keyring
-- under secret_ref, like the mail password. What is here is what a person recognises the calendar
-- by and what the last read left: the validators to ask "has it changed?" with, the time of the
-- last good read, and the reason of the last failed one (a message key and its arguments, so it
-- is shown in the reader's language), NULL after a good read.
CREATE TABLE calendar_source (
    id INTEGER PRIMARY KEY,
    secret_ref TEXT NOT NULL UNIQUE,
    shown TEXT NOT NULL,
    etag TEXT,
    last_modified TEXT,
    last_good_utc TEXT,
    last_tried_utc TEXT,
    failure_key TEXT,
    failure_args TEXT NOT NULL DEFAULT ''
);

-- The calendar a meeting was read from: a read replaces that calendar's meetings, so a cancelled
-- or deleted event leaves. Meetings imported once from a file have none.
ALTER TABLE meeting ADD COLUMN source_id INTEGER REFERENCES calendar_source (id) ON DELETE CASCADE;
CREATE INDEX meeting_source ON meeting (source_id) WHERE source_id IS NOT NULL;
