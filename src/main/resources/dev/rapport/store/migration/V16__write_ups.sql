-- Rapport journal: meeting write-ups (issue 23). When a meeting with a client's people has ended,
-- Today asks for its write-up: one per client whose people were there. This table remembers what
-- became of each: the journal entry that wrote it up (the link between entry and meeting), or when
-- it was dismissed, and when its notice was given (so it is given once, not again after a restart).
-- A write-up with no row here is simply not done yet. Times are UTC instants, 'YYYY-MM-DDTHH:MM:SSZ'.
-- minutes is how long the meeting lasted as written up (the meeting's own length unless changed).
CREATE TABLE meeting_writeup (
    meeting_id    INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    client_id     INTEGER NOT NULL REFERENCES client (id) ON DELETE CASCADE,
    entry_id      INTEGER REFERENCES interaction (id) ON DELETE SET NULL,
    minutes       INTEGER CHECK (minutes IS NULL OR minutes >= 0),
    dismissed_utc TEXT,
    noticed_utc   TEXT,
    PRIMARY KEY (meeting_id, client_id)
); -- a rowid table: undoing a deleted client puts back the entry links ON DELETE SET NULL cleared, by rowid
CREATE INDEX meeting_writeup_entry ON meeting_writeup (entry_id) WHERE entry_id IS NOT NULL;

CREATE TRIGGER rule_meeting_writeup_insert BEFORE INSERT ON meeting_writeup BEGIN
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.notIsoDate') WHERE (new.dismissed_utc IS NOT NULL AND julianday(new.dismissed_utc) IS NULL) OR (new.noticed_utc IS NOT NULL AND julianday(new.noticed_utc) IS NULL);
END;
CREATE TRIGGER rule_meeting_writeup_update BEFORE UPDATE OF dismissed_utc, noticed_utc ON meeting_writeup BEGIN
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.notIsoDate') WHERE (new.dismissed_utc IS NOT NULL AND julianday(new.dismissed_utc) IS NULL) OR (new.noticed_utc IS NOT NULL AND julianday(new.noticed_utc) IS NULL);
END;
