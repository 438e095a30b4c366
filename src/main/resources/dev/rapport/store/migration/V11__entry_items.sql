-- The requests and problems raised in a conversation, linked to its journal entry (promises
-- already carry interaction_id). Deleting the entry keeps the items and forgets the link.
ALTER TABLE request ADD COLUMN interaction_id INTEGER REFERENCES interaction (id) ON DELETE SET NULL;
ALTER TABLE problem ADD COLUMN interaction_id INTEGER REFERENCES interaction (id) ON DELETE SET NULL;
CREATE INDEX request_interaction ON request (interaction_id) WHERE interaction_id IS NOT NULL;
CREATE INDEX problem_interaction ON problem (interaction_id) WHERE interaction_id IS NOT NULL;
CREATE INDEX promise_interaction ON promise (interaction_id) WHERE interaction_id IS NOT NULL;
