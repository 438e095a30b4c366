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
