-- Rapport journal, schema 12: one rule for moments. Every moment is stored as the instant (UTC,
-- 'YYYY-MM-DDTHH:MM:SSZ', as requests already were) plus the zone it was written in (an IANA id
-- such as 'Europe/Vilnius'). The wall-clock time shown is the instant in the zone it was written
-- in, so what the consultant wrote stays what they see on any machine; figures that compare
-- moments of different kinds (entries, meetings, requests, now) compare the instants.
--
-- The local columns (interaction.occurred_at, meeting.starts_at / ends_at) stay: they are the
-- wall-clock time in the row's own zone, what the journal shows and what its day filters and
-- period figures select on, and SQLite cannot turn an instant into an IANA zone's local time.
-- They are written together with the instant and the zone by every door of the app.
--
-- Existing rows get the zone of the machine that runs this migration (they were written on it:
-- it is the best guess there is), and their instant is their wall-clock time in that zone. SQL
-- cannot know that zone, so Rapport fills these columns right after this file, in the same
-- transaction (store/Moments.java); a row whose time cannot be read keeps NULL there and every
-- stored text as it was. A NULL zone or instant (a row written by another tool) is read as the
-- machine's zone.

ALTER TABLE interaction ADD COLUMN occurred_utc TEXT;
ALTER TABLE interaction ADD COLUMN zone TEXT;
ALTER TABLE meeting ADD COLUMN starts_utc TEXT;
ALTER TABLE meeting ADD COLUMN ends_utc TEXT;
ALTER TABLE meeting ADD COLUMN zone TEXT;
-- A request's instants were always UTC; the zone lets its received time be shown as it was written.
ALTER TABLE request ADD COLUMN zone TEXT;

-- Latest contact and the journal's order go by the instant (the local time of a row without one).
CREATE INDEX interaction_client_moment ON interaction (client_id, coalesce(occurred_utc, occurred_at));
CREATE INDEX interaction_moment ON interaction (coalesce(occurred_utc, occurred_at));
CREATE INDEX meeting_moment ON meeting (coalesce(starts_utc, starts_at));

CREATE TRIGGER rule_interaction_moment_insert BEFORE INSERT ON interaction BEGIN
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.notIsoDate') WHERE new.occurred_utc IS NOT NULL AND julianday(new.occurred_utc) IS NULL;
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.zone') WHERE new.zone IS NOT NULL AND length(trim(new.zone)) = 0;
END;
CREATE TRIGGER rule_interaction_moment_update BEFORE UPDATE OF occurred_utc, zone ON interaction BEGIN
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.notIsoDate') WHERE new.occurred_utc IS NOT NULL AND julianday(new.occurred_utc) IS NULL;
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.zone') WHERE new.zone IS NOT NULL AND length(trim(new.zone)) = 0;
END;
CREATE TRIGGER rule_meeting_moment_insert BEFORE INSERT ON meeting BEGIN
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.notIsoDate') WHERE (new.starts_utc IS NOT NULL AND julianday(new.starts_utc) IS NULL) OR (new.ends_utc IS NOT NULL AND julianday(new.ends_utc) IS NULL);
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.zone') WHERE new.zone IS NOT NULL AND length(trim(new.zone)) = 0;
END;
CREATE TRIGGER rule_meeting_moment_update BEFORE UPDATE OF starts_utc, ends_utc, zone ON meeting BEGIN
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.notIsoDate') WHERE (new.starts_utc IS NOT NULL AND julianday(new.starts_utc) IS NULL) OR (new.ends_utc IS NOT NULL AND julianday(new.ends_utc) IS NULL);
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.zone') WHERE new.zone IS NOT NULL AND length(trim(new.zone)) = 0;
END;
CREATE TRIGGER rule_request_zone_insert BEFORE INSERT ON request BEGIN
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.zone') WHERE new.zone IS NOT NULL AND length(trim(new.zone)) = 0;
END;
CREATE TRIGGER rule_request_zone_update BEFORE UPDATE OF zone ON request BEGIN
    SELECT RAISE(ABORT, 'rapport-rule: validation.rule.zone') WHERE new.zone IS NOT NULL AND length(trim(new.zone)) = 0;
END;
