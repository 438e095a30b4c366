-- Rapport journal, schema 13: mail read in (issue 17). One row per mail message the journal has
-- seen, keyed by its Message-ID (or, when it has none, a digest of its headers), so the same
-- message is never imported twice. Only the headers needed to thread replies are kept here —
-- never the message's text, which goes (shortened) to the entry's private notes alone.
--
-- from_client: 1 when the client's side wrote it, 0 when the consultant did.
-- auto: 1 for an auto-reply (Auto-Submitted, out-of-office), never an acknowledgement.
-- proposed_questions: the questions of a request proposed and not yet accepted, one a line.
CREATE TABLE mail_message (
    message_key TEXT PRIMARY KEY,
    message_id TEXT,
    in_reply_to TEXT,
    refs TEXT NOT NULL DEFAULT '',
    from_client INTEGER NOT NULL CHECK (from_client IN (0, 1)),
    auto INTEGER NOT NULL DEFAULT 0 CHECK (auto IN (0, 1)),
    sent_utc TEXT NOT NULL,
    client_id INTEGER REFERENCES client (id) ON DELETE CASCADE,
    contact_id INTEGER REFERENCES contact (id) ON DELETE SET NULL,
    interaction_id INTEGER REFERENCES interaction (id) ON DELETE SET NULL,
    request_id INTEGER REFERENCES request (id) ON DELETE SET NULL,
    subject TEXT NOT NULL DEFAULT '',
    proposed_questions TEXT
);
CREATE INDEX mail_message_id ON mail_message (message_id) WHERE message_id IS NOT NULL;
CREATE INDEX mail_message_client ON mail_message (client_id);

-- Mail with no known address: waits to be assigned or ignored (remembered). Headers only.
CREATE TABLE mail_unmatched (
    message_key TEXT PRIMARY KEY,
    sender TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    sent_utc TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    ignored INTEGER NOT NULL DEFAULT 0 CHECK (ignored IN (0, 1))
);
