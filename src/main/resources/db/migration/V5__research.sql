-- Research runs: a principal's (simulated) research on one of its projects, and the events each run wrote.
-- Plain SQL that runs unchanged on H2 2.x and PostgreSQL 15.

-- One row per run, owned like projects (moved by rebind), gone with its owner or its project.
-- last_event_id numbers the run's events (1, 2, …); appending one locks the row, so ids never collide.
CREATE TABLE research_runs (
    id             UUID          PRIMARY KEY,
    owner_id       UUID          NOT NULL REFERENCES principals (id) ON DELETE CASCADE,
    project_id     UUID          NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
    query          VARCHAR(2000) NOT NULL,
    status         VARCHAR(16)   NOT NULL,
    last_event_id  INTEGER       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX research_runs_owner ON research_runs (owner_id, created_at);
CREATE INDEX research_runs_project ON research_runs (project_id);
CREATE INDEX research_runs_status ON research_runs (status);

-- Every event of a run, in order: what a stream replays (Last-Event-ID resumes after seq).
CREATE TABLE research_events (
    run_id      UUID          NOT NULL REFERENCES research_runs (id) ON DELETE CASCADE,
    seq         INTEGER       NOT NULL,
    event       VARCHAR(16)   NOT NULL,
    data        VARCHAR(4000) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (run_id, seq)
);
