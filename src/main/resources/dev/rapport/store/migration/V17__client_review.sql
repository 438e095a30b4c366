-- Rapport journal: the client review (issue 21). The consultant's status headline is kept per
-- review, that is per client and period (the same client reviewed over another span keeps its own
-- line). The asks of the client are decisions or inputs the consultant needs from the client, a
-- short list kept per client with a due date, marked done on the day they came.
CREATE TABLE client_review (
    client_id   INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    period_from TEXT    NOT NULL,
    period_to   TEXT    NOT NULL,
    headline    TEXT    NOT NULL DEFAULT '',
    PRIMARY KEY (client_id, period_from, period_to)
);

CREATE TABLE client_ask (
    id        INTEGER PRIMARY KEY,
    client_id INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    what      TEXT    NOT NULL,
    due       TEXT,
    done_on   TEXT
);
CREATE INDEX client_ask_client ON client_ask (client_id);
