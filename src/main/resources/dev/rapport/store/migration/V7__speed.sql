-- Rapport journal, speed at scale (issue 6): indexes for what Today reads.
-- Self-contained: it only adds indexes, so no data changes.
-- The leading columns are the ones only Today's queries constrain (reported_on, target), so the
-- client list's per-client counts keep using the client_id indexes.

-- Kept promises and resolved problems not yet reported.
CREATE INDEX promise_unreported ON promise (reported_on, outcome);
CREATE INDEX problem_unreported ON problem (reported_on, status);
-- Open problems by target date.
CREATE INDEX problem_target ON problem (target, status);
-- The requests still waiting for an answer.
CREATE INDEX request_unanswered ON request (received_at) WHERE answered_at IS NULL;
