-- Rapport journal, schema 2: the commitment ledger — promises, problems, requests, response targets.
-- Dates are 'YYYY-MM-DD'; request instants are UTC 'YYYY-MM-DDTHH:MM:SSZ'.
CREATE TABLE promise (
    id              INTEGER PRIMARY KEY,
    client_id       INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    contact_id      INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    interaction_id  INTEGER REFERENCES interaction (id) ON DELETE SET NULL,
    what            TEXT    NOT NULL,
    made_on         TEXT    NOT NULL,
    due             TEXT    NOT NULL,
    understood_on   TEXT,
    outcome         TEXT    NOT NULL DEFAULT 'OPEN' CHECK (outcome IN ('OPEN', 'KEPT', 'BROKEN', 'CANCELLED')),
    decided_on      TEXT,
    exceeded        TEXT    NOT NULL DEFAULT '',
    other_dimension TEXT    NOT NULL DEFAULT '',
    reported_on     TEXT,
    report_note     TEXT    NOT NULL DEFAULT '',
    created_at      TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at      TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX promise_client ON promise (client_id);
CREATE INDEX promise_due ON promise (outcome, due);

CREATE TABLE promise_renegotiation (
    promise_id   INTEGER NOT NULL REFERENCES promise (id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    on_day       TEXT    NOT NULL,
    previous_due TEXT    NOT NULL,
    new_due      TEXT    NOT NULL,
    note         TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (promise_id, position)
) WITHOUT ROWID;

CREATE TABLE problem (
    id            INTEGER PRIMARY KEY,
    client_id     INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    raised_by     TEXT    NOT NULL CHECK (raised_by IN ('CONSULTANT', 'CLIENT')),
    raised_on     TEXT    NOT NULL,
    description   TEXT    NOT NULL,
    consequences  TEXT    NOT NULL DEFAULT '',
    measures      TEXT    NOT NULL DEFAULT '',
    severity      TEXT    NOT NULL DEFAULT 'MEDIUM' CHECK (severity IN ('LOW', 'MEDIUM', 'HIGH', 'CRITICAL')),
    target        TEXT,
    emotion       TEXT    NOT NULL DEFAULT '',
    status        TEXT    NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'IN_PROGRESS', 'RESOLVED', 'UNRECOVERABLE')),
    resolved_on   TEXT,
    reported_on   TEXT,
    what_it_took  TEXT    NOT NULL DEFAULT '',
    prevention    TEXT    NOT NULL DEFAULT '',
    created_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX problem_client ON problem (client_id);

CREATE TABLE request (
    id                  INTEGER PRIMARY KEY,
    client_id           INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    contact_id          INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    received_at         TEXT    NOT NULL,
    channel             TEXT    NOT NULL CHECK (channel IN ('MEETING', 'CALL', 'VIDEO', 'EMAIL', 'CHAT', 'OTHER')),
    subject             TEXT    NOT NULL DEFAULT '',
    acknowledged_at     TEXT,
    answered_at         TEXT,
    asked_anything_else INTEGER NOT NULL DEFAULT 0 CHECK (asked_anything_else IN (0, 1)),
    created_at          TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at          TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX request_client ON request (client_id, received_at);

-- The questions in the client's order; each answer sits beside its question.
CREATE TABLE request_question (
    request_id INTEGER NOT NULL REFERENCES request (id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    question   TEXT    NOT NULL,
    answer     TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (request_id, position)
) WITHOUT ROWID;

CREATE TABLE response_target (
    client_id         INTEGER PRIMARY KEY REFERENCES client (id) ON DELETE CASCADE,
    acknowledge_hours INTEGER NOT NULL DEFAULT 2,
    answer_hours      INTEGER NOT NULL DEFAULT 24,
    round_the_clock   INTEGER NOT NULL DEFAULT 0 CHECK (round_the_clock IN (0, 1))
);
