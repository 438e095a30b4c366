-- Rapport journal, CRM (issue 8): close-the-loop follow-ups, client tags, dates that matter.
-- Self-contained: it only adds tables.

-- A follow-up is opened by a survey answer (a detractor, or a drop of a category); it keeps
-- when the answer was acknowledged and when the consultant talked to the client (UTC instants).
CREATE TABLE follow_up (
    answer_id       INTEGER PRIMARY KEY REFERENCES survey_answer (id) ON DELETE CASCADE,
    acknowledged_at TEXT,
    talked_at       TEXT
);

CREATE TABLE client_tag (
    client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    tag       TEXT    NOT NULL,
    PRIMARY KEY (client_id, tag)
) WITHOUT ROWID;
CREATE INDEX client_tag_tag ON client_tag (tag);

-- Dates that matter: per client (engagement start and end, contract renewal, any dated event)
-- and per person (birthday, the day you met with how and who introduced you). on_day is 'YYYY-MM-DD'.
CREATE TABLE dated_event (
    id         INTEGER PRIMARY KEY,
    client_id  INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    contact_id INTEGER REFERENCES contact (id) ON DELETE CASCADE,
    kind       TEXT    NOT NULL CHECK (kind IN ('ENGAGEMENT_START', 'ENGAGEMENT_END', 'RENEWAL', 'EVENT', 'BIRTHDAY', 'MET')),
    on_day     TEXT    NOT NULL,
    label      TEXT    NOT NULL DEFAULT '',
    note       TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX dated_event_client ON dated_event (client_id);
CREATE INDEX dated_event_contact ON dated_event (contact_id);
