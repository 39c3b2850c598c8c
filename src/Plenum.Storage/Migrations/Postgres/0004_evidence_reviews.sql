-- The analyst's review of the evidence (issue 8): decisions on quote attributions and on name merges. The
-- machine's suggestion stays where the annotator wrote it (evidence_quotes, evidence_mentions); each decision is
-- a new row beside it, with who and when, so the history is kept and the latest decision stands.

-- A quote's attribution confirmed as the machine made it, or corrected: the speaker and addressee the analyst
-- stands by (for 'confirmed', the machine's own at the time of the decision).
CREATE TABLE evidence_quote_reviews (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    quote_id        BIGINT      NOT NULL REFERENCES evidence_quotes (id) ON DELETE CASCADE,
    verdict         TEXT        NOT NULL CHECK (verdict IN ('confirmed', 'corrected')),
    speaker_actor   TEXT,
    addressee_actor TEXT,
    analyst         TEXT        NOT NULL,
    decided_at      TIMESTAMPTZ NOT NULL,
    note            TEXT
);
CREATE INDEX evidence_quote_reviews_by_quote ON evidence_quote_reviews (quote_id, id);

-- A spelling confirmed as, or rejected for, an actor in a workspace. Spellings are compared as the name
-- resolver compares them (case, accents, honorifics and possessives folded), so the row keeps them as given.
CREATE TABLE evidence_name_decisions (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workspace  TEXT        NOT NULL DEFAULT 'default',
    surface    TEXT        NOT NULL,
    actor      TEXT        NOT NULL,
    verdict    TEXT        NOT NULL CHECK (verdict IN ('confirmed', 'rejected')),
    analyst    TEXT        NOT NULL,
    decided_at TIMESTAMPTZ NOT NULL,
    note       TEXT
);
CREATE INDEX evidence_name_decisions_by_workspace ON evidence_name_decisions (workspace, id);
