-- Promises, problems and requests in the search box: one small index, rowid 3*id + kind
-- (0 promise, 1 problem, 2 request), kept by triggers like the journal's.
CREATE VIRTUAL TABLE ledger_fts USING fts5 (
    text,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);

CREATE TRIGGER promise_fts_insert AFTER INSERT ON promise BEGIN
    INSERT INTO ledger_fts (rowid, text) VALUES (3 * new.id, new.what || ' ' || new.report_note);
END;
CREATE TRIGGER promise_fts_delete AFTER DELETE ON promise BEGIN
    DELETE FROM ledger_fts WHERE rowid = 3 * old.id;
END;
CREATE TRIGGER promise_fts_update AFTER UPDATE OF what, report_note ON promise BEGIN
    UPDATE ledger_fts SET text = new.what || ' ' || new.report_note WHERE rowid = 3 * new.id;
END;

CREATE TRIGGER problem_fts_insert AFTER INSERT ON problem BEGIN
    INSERT INTO ledger_fts (rowid, text) VALUES (3 * new.id + 1,
        new.description || ' ' || new.consequences || ' ' || new.measures || ' ' || new.what_it_took || ' ' || new.prevention);
END;
CREATE TRIGGER problem_fts_delete AFTER DELETE ON problem BEGIN
    DELETE FROM ledger_fts WHERE rowid = 3 * old.id + 1;
END;
CREATE TRIGGER problem_fts_update AFTER UPDATE OF description, consequences, measures, what_it_took, prevention ON problem BEGIN
    UPDATE ledger_fts SET text = new.description || ' ' || new.consequences || ' ' || new.measures || ' '
        || new.what_it_took || ' ' || new.prevention WHERE rowid = 3 * new.id + 1;
END;

-- A request is found by its subject and its questions; the questions live in their own table.
CREATE TRIGGER request_fts_insert AFTER INSERT ON request BEGIN
    INSERT INTO ledger_fts (rowid, text) VALUES (3 * new.id + 2, new.subject);
END;
CREATE TRIGGER request_fts_delete AFTER DELETE ON request BEGIN
    DELETE FROM ledger_fts WHERE rowid = 3 * old.id + 2;
END;
CREATE TRIGGER request_fts_update AFTER UPDATE OF subject ON request BEGIN
    UPDATE ledger_fts SET text = new.subject || ' ' || coalesce((SELECT group_concat(question, ' ')
        FROM request_question WHERE request_id = new.id), '') WHERE rowid = 3 * new.id + 2;
END;
CREATE TRIGGER request_question_fts_insert AFTER INSERT ON request_question BEGIN
    UPDATE ledger_fts SET text = (SELECT subject FROM request WHERE id = new.request_id) || ' ' || coalesce((SELECT
        group_concat(question, ' ') FROM request_question WHERE request_id = new.request_id), '') WHERE rowid = 3 * new.request_id + 2;
END;
CREATE TRIGGER request_question_fts_update AFTER UPDATE OF question ON request_question BEGIN
    UPDATE ledger_fts SET text = (SELECT subject FROM request WHERE id = new.request_id) || ' ' || coalesce((SELECT
        group_concat(question, ' ') FROM request_question WHERE request_id = new.request_id), '') WHERE rowid = 3 * new.request_id + 2;
END;
CREATE TRIGGER request_question_fts_delete AFTER DELETE ON request_question BEGIN
    UPDATE ledger_fts SET text = (SELECT subject FROM request WHERE id = old.request_id) || ' ' || coalesce((SELECT
        group_concat(question, ' ') FROM request_question WHERE request_id = old.request_id), '') WHERE rowid = 3 * old.request_id + 2;
END;

INSERT INTO ledger_fts (rowid, text) SELECT 3 * id, what || ' ' || report_note FROM promise;
INSERT INTO ledger_fts (rowid, text) SELECT 3 * id + 1,
    description || ' ' || consequences || ' ' || measures || ' ' || what_it_took || ' ' || prevention FROM problem;
INSERT INTO ledger_fts (rowid, text) SELECT 3 * r.id + 2, r.subject || ' ' || coalesce((SELECT group_concat(q.question, ' ')
    FROM request_question q WHERE q.request_id = r.id), '') FROM request r;
