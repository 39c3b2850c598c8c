-- The runs of Plenum, one row each; the result JSON is kept verbatim as text (cast to jsonb to query inside it).
CREATE TABLE runs (
    id               BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    created_at       TIMESTAMPTZ      NOT NULL,
    scenario_id      TEXT             NOT NULL,
    scenario_hash    TEXT             NOT NULL, -- SHA-256 of the scenario file's text, lower-case hex
    models           TEXT             NOT NULL, -- model ids in run order, comma-separated
    options_json     TEXT             NOT NULL, -- {"key": "value", ...}
    seed             BIGINT           NOT NULL,
    monte_carlo_runs INTEGER          NOT NULL,
    duration_ms      DOUBLE PRECISION NOT NULL,
    plenum_version   TEXT             NOT NULL,
    timings_json     TEXT             NOT NULL, -- {"phase": milliseconds, ...}
    result_json      TEXT             NOT NULL
);
CREATE INDEX runs_by_created_at ON runs (created_at);
CREATE INDEX runs_by_scenario ON runs (scenario_id, created_at);
CREATE INDEX runs_by_scenario_hash ON runs (scenario_hash);

-- One row per model of a run, so that runs can be found by model.
CREATE TABLE run_models (
    run_id   BIGINT  NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    model    TEXT    NOT NULL,
    PRIMARY KEY (run_id, position)
);
CREATE INDEX run_models_by_model ON run_models (model, run_id);
