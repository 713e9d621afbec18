-- Which running Gatehouse instance executes each research run (its id in the cluster, new at every start).
-- With several instances, start-up recovery and the departure of an instance fail only the unfinished runs
-- whose instance is no longer running; runs another instance executes are left alone. Older rows have none
-- and count as orphaned. Plain SQL that runs unchanged on H2 2.x and PostgreSQL 15.
ALTER TABLE research_runs ADD COLUMN runner VARCHAR(64);
