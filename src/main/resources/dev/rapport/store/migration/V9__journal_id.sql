-- Rapport journal, its identity: a random version-4 UUID given once, kept in the file, so the
-- same journal has the same id on every machine it is copied or synced to (issue 20) and the
-- calendar items it exports keep their UIDs. A journal that already has one keeps it.
INSERT OR IGNORE INTO setting (key, value)
SELECT 'journal.uuid',
       lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
       || substr(lower(hex(randomblob(2))), 2) || '-'
       || substr('89ab', 1 + abs(random() % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-'
       || lower(hex(randomblob(6)));
