-- Evidence: documents added with `plenum evidence add`, the segments of their text indexed for search, and the
-- passages that quotes and name mentions sit on. Offsets count UTF-16 code units of the stored text.
CREATE TABLE evidence_documents (
    doc_key           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    workspace         TEXT        NOT NULL DEFAULT 'default',
    id                TEXT        NOT NULL,              -- 'doc-' + the first 16 hex digits of content_hash
    source_id         TEXT        NOT NULL,
    title             TEXT        NOT NULL,
    author            TEXT,
    publisher         TEXT,
    published_on      DATE,
    format            TEXT        NOT NULL CHECK (format IN ('text', 'markdown', 'html', 'pdf')),
    encoding          TEXT,                              -- utf-8, windows-1251…; NULL for PDF
    file_name         TEXT        NOT NULL,
    content_hash      TEXT        NOT NULL,              -- SHA-256 of original, lower-case hex
    byte_length       BIGINT      NOT NULL,
    text_length       BIGINT      NOT NULL,
    page_starts       TEXT        NOT NULL DEFAULT '',   -- PDF: comma-separated offsets where pages start
    extractor_version TEXT        NOT NULL,
    added_at          TIMESTAMPTZ NOT NULL,
    text              TEXT        NOT NULL,              -- the extracted text
    original          BYTEA       NOT NULL,              -- the file as read
    UNIQUE (workspace, id),
    UNIQUE (workspace, content_hash)
);
CREATE INDEX evidence_documents_by_source ON evidence_documents (workspace, source_id);

-- The text cut into about paragraph-sized segments (Plenum.Evidence.Search.Segmenter), each with its tsvector.
-- The 'simple' configuration lower-cases and does not stem, like SQLite's unicode61 tokenizer.
CREATE TABLE evidence_segments (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    doc_key      BIGINT  NOT NULL REFERENCES evidence_documents (doc_key) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    text         TEXT    NOT NULL,
    search       TSVECTOR GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, text)) STORED
);
CREATE INDEX evidence_segments_by_document ON evidence_segments (doc_key, start_offset);
CREATE INDEX evidence_segments_search ON evidence_segments USING GIN (search);

-- Spans of a document that quotes, mentions and claims point at; exact/prefix/suffix re-anchor them.
CREATE TABLE evidence_passages (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    doc_key      BIGINT  NOT NULL REFERENCES evidence_documents (doc_key) ON DELETE CASCADE,
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    exact        TEXT    NOT NULL,
    prefix       TEXT    NOT NULL,
    suffix       TEXT    NOT NULL,
    UNIQUE (doc_key, start_offset, end_offset)
);

-- Quoted remarks with their attribution (written by the quotation finder, confirmed or rejected by analysts).
CREATE TABLE evidence_quotes (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    passage_id      BIGINT           NOT NULL REFERENCES evidence_passages (id) ON DELETE CASCADE,
    annotator       TEXT             NOT NULL,
    speaker_actor   TEXT,
    addressee_actor TEXT,
    rule            TEXT             NOT NULL,
    confidence      DOUBLE PRECISION NOT NULL CHECK (confidence BETWEEN 0 AND 1),
    status          TEXT             NOT NULL DEFAULT 'auto' CHECK (status IN ('auto', 'confirmed', 'rejected'))
);
CREATE INDEX evidence_quotes_by_passage ON evidence_quotes (passage_id);
CREATE INDEX evidence_quotes_by_speaker ON evidence_quotes (speaker_actor);

-- Names found in the text and the actor each may stand for (written by the name resolver).
CREATE TABLE evidence_mentions (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    passage_id BIGINT           NOT NULL REFERENCES evidence_passages (id) ON DELETE CASCADE,
    annotator  TEXT             NOT NULL,
    surface    TEXT             NOT NULL,
    actor      TEXT,
    method     TEXT             NOT NULL,
    score      DOUBLE PRECISION NOT NULL CHECK (score BETWEEN 0 AND 1),
    status     TEXT             NOT NULL DEFAULT 'auto' CHECK (status IN ('auto', 'confirmed', 'rejected'))
);
CREATE INDEX evidence_mentions_by_passage ON evidence_mentions (passage_id);
CREATE INDEX evidence_mentions_by_actor ON evidence_mentions (actor);
