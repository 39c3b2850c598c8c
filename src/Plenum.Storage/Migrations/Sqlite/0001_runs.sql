-- The runs of Plenum, one row each; the result JSON is kept verbatim as text.
CREATE TABLE runs (
    id               INTEGER PRIMARY KEY AUTOINCREMENT, -- AUTOINCREMENT: ids of deleted runs are never reused
    created_at       TEXT    NOT NULL,                  -- UTC, yyyy-MM-ddTHH:mm:ss.ffffffZ, so text order is time order
    scenario_id      TEXT    NOT NULL,
    scenario_hash    TEXT    NOT NULL,                  -- SHA-256 of the scenario file's text, lower-case hex
    models           TEXT    NOT NULL,                  -- model ids in run order, comma-separated
    options_json     TEXT    NOT NULL,                  -- {"key": "value", ...}
    seed             INTEGER NOT NULL,
    monte_carlo_runs INTEGER NOT NULL,
    duration_ms      REAL    NOT NULL,
    plenum_version   TEXT    NOT NULL,
    timings_json     TEXT    NOT NULL,                  -- {"phase": milliseconds, ...}
    result_json      TEXT    NOT NULL
);
CREATE INDEX runs_by_created_at ON runs (created_at);
CREATE INDEX runs_by_scenario ON runs (scenario_id, created_at);
CREATE INDEX runs_by_scenario_hash ON runs (scenario_hash);

-- One row per model of a run, so that runs can be found by model.
CREATE TABLE run_models (
    run_id   INTEGER NOT NULL REFERENCES runs (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    model    TEXT    NOT NULL,
    PRIMARY KEY (run_id, position)
);
CREATE INDEX run_models_by_model ON run_models (model, run_id);
