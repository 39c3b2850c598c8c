-- Accounts of the web app: users, workspaces and who may do what in them, API tokens, the audit log, the
-- scenarios a workspace keeps, and which workspace owns each run. Runs saved before (and by the CLI) belong
-- to the default workspace, id 1.
CREATE TABLE users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    name          TEXT    NOT NULL UNIQUE,
    password_hash TEXT    NOT NULL,                 -- ASP.NET Core PasswordHasher v3 (PBKDF2-HMAC-SHA512), never the password
    is_admin      INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT    NOT NULL
);

CREATE TABLE workspaces (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT    NOT NULL UNIQUE,
    created_at TEXT    NOT NULL
);
INSERT INTO workspaces (name, created_at) VALUES ('default', strftime('%Y-%m-%dT%H:%M:%f000Z', 'now'));

CREATE TABLE memberships (
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    user_id      INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role         TEXT    NOT NULL CHECK (role IN ('owner', 'analyst', 'viewer')),
    PRIMARY KEY (workspace_id, user_id)
);
CREATE INDEX memberships_by_user ON memberships (user_id);

CREATE TABLE api_tokens (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name       TEXT    NOT NULL,
    token_hash TEXT    NOT NULL UNIQUE,             -- SHA-256 of the token, lower-case hex; the token itself is shown once
    created_at TEXT    NOT NULL
);

CREATE TABLE audit_log (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    workspace_id INTEGER REFERENCES workspaces (id) ON DELETE CASCADE, -- null for changes outside any workspace (users)
    user_name    TEXT    NOT NULL,
    action       TEXT    NOT NULL,
    target       TEXT    NOT NULL,
    detail       TEXT    NOT NULL,
    created_at   TEXT    NOT NULL
);
CREATE INDEX audit_log_by_workspace ON audit_log (workspace_id, id);

CREATE TABLE scenarios (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    workspace_id INTEGER NOT NULL REFERENCES workspaces (id) ON DELETE CASCADE,
    scenario_id  TEXT    NOT NULL,                  -- the id inside the YAML
    title        TEXT    NOT NULL,
    yaml         TEXT    NOT NULL,                  -- the scenario text, verbatim
    created_at   TEXT    NOT NULL,
    updated_at   TEXT    NOT NULL,
    updated_by   TEXT    NOT NULL
);
CREATE INDEX scenarios_by_workspace ON scenarios (workspace_id, id);

-- What the web app shows of a run besides its result JSON: sensitivity and voting power, and the HTML report.
CREATE TABLE run_views (
    run_id       INTEGER PRIMARY KEY REFERENCES runs (id) ON DELETE CASCADE,
    scenario_row INTEGER,                           -- scenarios.id the run was made from, if it still exists
    extras_json  TEXT    NOT NULL,
    report_html  TEXT
);

-- SQLite cannot add a column with a REFERENCES clause and a non-null default; the app checks the workspace.
ALTER TABLE runs ADD COLUMN workspace_id INTEGER NOT NULL DEFAULT 1;
CREATE INDEX runs_by_workspace ON runs (workspace_id, created_at);
