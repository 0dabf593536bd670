-- When each periodic job last ran, installation-wide. Worker processes claim a due run with a conditional
-- UPDATE, so with several workers each run happens once.
CREATE TABLE job_schedules (
  kind text PRIMARY KEY,
  every_seconds integer NOT NULL CHECK (every_seconds > 0),
  last_run_at timestamptz NOT NULL DEFAULT now()
);
