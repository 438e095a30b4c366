-- Rapport journal, relationship health (DOMAIN §1, §5): the attribute checklist, reviews,
-- the question of the period and the clients' answers. Self-contained: it only adds tables.

-- The checklist. Built-in items carry a code; the consultant's own items have none.
CREATE TABLE checklist_item (
    id       INTEGER PRIMARY KEY,
    code     TEXT UNIQUE,
    kind     TEXT    NOT NULL CHECK (kind IN ('ATTRIBUTE', 'GOAL', 'OWN')),
    name     TEXT    NOT NULL,
    meaning  TEXT    NOT NULL DEFAULT '',
    prompt   TEXT    NOT NULL,
    active   INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    position INTEGER NOT NULL
);
INSERT INTO checklist_item (code, kind, name, meaning, prompt, position) VALUES
 ('ATTENTION', 'ATTRIBUTE', 'Attention', 'Observant consideration: think about what the client may need (or not need) beyond what was asked.', 'Did I raise something the client needs but did not ask for?', 1),
 ('ACCEPTANCE', 'ATTRIBUTE', 'Acceptance', 'Favourable reception: treat the client as a partner in shaping the solution, not only a buyer.', 'Did the client take part in shaping the solution?', 2),
 ('APPRECIATION', 'ATTRIBUTE', 'Appreciation', 'Expressed thanks, shown through helpful action.', 'Did I show, by action, that I value working with them?', 3),
 ('AFFIRMATION', 'ATTRIBUTE', 'Affirmation', 'Positive judgement: confirm the client''s requests and decisions when you agree; give constructive, instructive feedback when you do not.', 'Did I confirm what I agree with and explain clearly where I disagree?', 4),
 ('AFFECTION', 'ATTRIBUTE', 'Affection', 'Devotion (commitment): the client''s best interest held as the top priority.', 'Was every recommendation in the client''s interest first?', 5),
 ('COMFORT', 'ATTRIBUTE', 'Comfort', 'Lightening the load: set expectations and keep the client informed of status so there are no surprises.', 'Does the client know the current status? Any surprise coming?', 6),
 ('ENCOURAGEMENT', 'ATTRIBUTE', 'Encouragement', 'Helpful support: be easy to work with; people feel positive after talking to you.', 'Was I easy to work with today?', 7),
 ('RESPECT', 'ATTRIBUTE', 'Respect', 'Esteem: the client owns their decisions; helping with them is a serious responsibility.', 'Did I leave the decision with the client, with what they need to make it?', 8),
 ('SAFETY', 'ATTRIBUTE', 'Safety', 'Freedom from risk: remove risk for the client wherever possible while still meeting the need.', 'Which risk did I remove, or which risk is still open?', 9),
 ('SUPPORT', 'ATTRIBUTE', 'Support', 'Patient endurance: keep the wanted outcome in view, not just the immediate request or answer.', 'Are we still heading to the outcome the client wants?', 10),
 ('UNDERSTANDING', 'ATTRIBUTE', 'Understanding', 'Empathetic comprehension: understand not only what the client says but the context of the requirement.', 'Can I state the context behind their latest request?', 11),
 ('RELIABILITY', 'GOAL', 'Reliability', 'Focus on what matters most to this client (the tow truck arriving, not faster paperwork).', 'Did I deliver what matters most to this client?', 12),
 ('EASE', 'GOAL', 'Ease', 'Simple ways to work with you; no internal rules pushed onto the client.', 'Was it simple for the client to work with me, with no rules of mine pushed onto them?', 13),
 ('FRIENDLINESS', 'GOAL', 'Friendliness', 'The client wants to be listened to.', 'Did the client feel listened to?', 14),
 ('RESULTS', 'GOAL', 'Results', 'Solutions, alternatives when something is unavailable; on a complaint: empathy, apology, ownership, timely resolution.', 'Did the client get a solution, or a real alternative?', 15);

-- A review of one relationship: stand-alone, or written with an interaction.
CREATE TABLE review (
    id             INTEGER PRIMARY KEY,
    client_id      INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    interaction_id INTEGER REFERENCES interaction (id) ON DELETE SET NULL,
    reviewed_on    TEXT    NOT NULL,
    created_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX review_client ON review (client_id, reviewed_on);

-- Each answer keeps the item's name and prompt as they were answered.
CREATE TABLE review_answer (
    review_id INTEGER NOT NULL REFERENCES review (id) ON DELETE CASCADE,
    item_id   INTEGER NOT NULL REFERENCES checklist_item (id),
    item_name TEXT    NOT NULL,
    prompt    TEXT    NOT NULL,
    rating    TEXT    NOT NULL CHECK (rating IN ('MET', 'PARTLY', 'NOT_MET', 'NOT_APPLICABLE')),
    note      TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (review_id, item_id)
) WITHOUT ROWID;
CREATE INDEX review_answer_item ON review_answer (item_id);

-- The question of the period.
CREATE TABLE survey_question (
    id        INTEGER PRIMARY KEY,
    text      TEXT NOT NULL,
    scale     TEXT NOT NULL CHECK (scale IN ('RECOMMEND_0_10', 'SATISFACTION_1_5', 'YES_NO')),
    phrasing  TEXT NOT NULL CHECK (phrasing IN ('POSITIVE', 'NEGATIVE')),
    starts_on TEXT NOT NULL,
    ends_on   TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);

-- A client's answer; keeps the question's wording, scale and phrasing as asked.
CREATE TABLE survey_answer (
    id             INTEGER PRIMARY KEY,
    question_id    INTEGER REFERENCES survey_question (id) ON DELETE SET NULL,
    question_text  TEXT    NOT NULL,
    client_id      INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    contact_id     INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    interaction_id INTEGER REFERENCES interaction (id) ON DELETE SET NULL,
    answered_on    TEXT    NOT NULL,
    scale          TEXT    NOT NULL CHECK (scale IN ('RECOMMEND_0_10', 'SATISFACTION_1_5', 'YES_NO')),
    value          INTEGER NOT NULL,
    method         TEXT    NOT NULL CHECK (method IN ('ORAL', 'WRITTEN', 'ONLINE_FORM', 'INTERVIEW', 'FOCUS_GROUP')),
    phrasing       TEXT    NOT NULL CHECK (phrasing IN ('POSITIVE', 'NEGATIVE')),
    note           TEXT    NOT NULL DEFAULT '',
    created_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX survey_answer_client ON survey_answer (client_id, answered_on);
CREATE INDEX survey_answer_contact ON survey_answer (contact_id, answered_on);
CREATE INDEX survey_answer_question ON survey_answer (question_id);
