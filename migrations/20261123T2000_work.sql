-- Supervision (module work): tasks and department queues, business-hours SLA, approval policies (versioned),
-- approval requests and decisions, delegations, notifications.

-- Company working time: days (ISO 1 = Monday … 7), hours, time zone (default: the company's), holidays.
CREATE TABLE work_calendars (
  company_id text NOT NULL REFERENCES companies (id),
  work_days smallint[] NOT NULL DEFAULT '{1,2,3,4,5}',
  day_start time NOT NULL DEFAULT '09:00',
  day_end time NOT NULL DEFAULT '17:00',
  time_zone text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id),
  CHECK (day_end > day_start)
);

CREATE TABLE work_holidays (
  company_id text NOT NULL REFERENCES companies (id),
  day date NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  PRIMARY KEY (company_id, day)
);

-- Seconds of working time between two instants (working days and hours, holidays skipped).
CREATE FUNCTION work_business_seconds(p_company text, p_from timestamptz, p_to timestamptz) RETURNS bigint
LANGUAGE sql STABLE AS $$
  SELECT COALESCE(sum(GREATEST(0, extract(epoch FROM
           LEAST(p_to, (g.d + c.day_end) AT TIME ZONE c.tz)
           - GREATEST(p_from, (g.d + c.day_start) AT TIME ZONE c.tz)))), 0)::bigint
    FROM (SELECT COALESCE(k.work_days, '{1,2,3,4,5}') AS work_days, COALESCE(k.day_start, '09:00') AS day_start,
                 COALESCE(k.day_end, '17:00') AS day_end, COALESCE(k.time_zone, co.time_zone) AS tz
            FROM companies co LEFT JOIN work_calendars k ON k.company_id = co.id WHERE co.id = p_company) c
   CROSS JOIN LATERAL generate_series((p_from AT TIME ZONE c.tz)::date::timestamp,
                                      (p_to AT TIME ZONE c.tz)::date::timestamp, interval '1 day') AS g(d)
   WHERE p_to > p_from
     AND extract(isodow FROM g.d)::smallint = ANY (c.work_days)
     AND NOT EXISTS (SELECT 1 FROM work_holidays h WHERE h.company_id = p_company AND h.day = g.d::date)
$$;

-- A department's queue: auto-assignment and SLA. The row is also the lock that serialises auto-assignment.
CREATE TABLE work_queues (
  company_id text NOT NULL,
  department_id text NOT NULL,
  auto_assign text NOT NULL DEFAULT 'none' CHECK (auto_assign IN ('none', 'round_robin', 'least_loaded')),
  sla_hours integer CHECK (sla_hours > 0),
  at_risk_percent smallint NOT NULL DEFAULT 75 CHECK (at_risk_percent BETWEEN 1 AND 99),
  last_assigned_user_id text,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, department_id),
  FOREIGN KEY (company_id, department_id) REFERENCES departments (company_id, id) ON DELETE CASCADE
);

CREATE TABLE work_templates (
  company_id text NOT NULL REFERENCES companies (id),
  id text NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  description text NOT NULL DEFAULT '',
  department_id text,
  priority text NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  checklist jsonb NOT NULL DEFAULT '[]',
  due_days integer CHECK (due_days >= 0),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, id),
  UNIQUE (company_id, name),
  FOREIGN KEY (company_id, department_id) REFERENCES departments (company_id, id)
);

CREATE TABLE work_schedules (
  company_id text NOT NULL,
  id text NOT NULL,
  template_id text NOT NULL,
  rrule text NOT NULL CHECK (length(rrule) BETWEEN 1 AND 1000),
  start_date date NOT NULL,
  assignee_id text REFERENCES users (id),
  active boolean NOT NULL DEFAULT true,
  created_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, id),
  FOREIGN KEY (company_id, template_id) REFERENCES work_templates (company_id, id)
);

-- One row per scheduled occurrence: the key makes a schedule create its task once, even with two workers.
CREATE TABLE work_schedule_runs (
  company_id text NOT NULL,
  schedule_id text NOT NULL,
  occurrence date NOT NULL,
  task_id text,
  PRIMARY KEY (company_id, schedule_id, occurrence),
  FOREIGN KEY (company_id, schedule_id) REFERENCES work_schedules (company_id, id)
);

CREATE TABLE work_tasks (
  company_id text NOT NULL REFERENCES companies (id),
  id text NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 20000),
  department_id text,
  assignee_id text REFERENCES users (id),
  requester_id text REFERENCES users (id),
  priority text NOT NULL DEFAULT 'normal' CHECK (priority IN ('low', 'normal', 'high', 'urgent')),
  status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'in_progress', 'waiting', 'done', 'cancelled')),
  due_date date,
  kind text NOT NULL DEFAULT 'task' CHECK (length(kind) BETWEEN 1 AND 100),
  template_id text,
  sla_hours integer CHECK (sla_hours > 0),
  sla_used_seconds bigint NOT NULL DEFAULT 0,
  active_since timestamptz DEFAULT now(),
  escalated_at timestamptz,
  done_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, id),
  FOREIGN KEY (company_id, department_id) REFERENCES departments (company_id, id)
);
CREATE INDEX work_tasks_assignee ON work_tasks (company_id, assignee_id, status);
CREATE INDEX work_tasks_queue ON work_tasks (company_id, department_id, status) WHERE assignee_id IS NULL;

CREATE TABLE work_task_checklist (
  company_id text NOT NULL,
  task_id text NOT NULL,
  position smallint NOT NULL,
  text text NOT NULL CHECK (length(text) BETWEEN 1 AND 500),
  done boolean NOT NULL DEFAULT false,
  done_by text REFERENCES users (id),
  done_at timestamptz,
  PRIMARY KEY (company_id, task_id, position),
  FOREIGN KEY (company_id, task_id) REFERENCES work_tasks (company_id, id) ON DELETE CASCADE
);

CREATE TABLE work_task_comments (
  company_id text NOT NULL,
  id text NOT NULL,
  task_id text NOT NULL,
  author_id text REFERENCES users (id),
  body text NOT NULL CHECK (length(body) BETWEEN 1 AND 10000),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, id),
  FOREIGN KEY (company_id, task_id) REFERENCES work_tasks (company_id, id) ON DELETE CASCADE
);

CREATE TABLE work_task_links (
  company_id text NOT NULL,
  task_id text NOT NULL,
  entity_type text NOT NULL CHECK (length(entity_type) BETWEEN 1 AND 100),
  entity_id text NOT NULL CHECK (length(entity_id) BETWEEN 1 AND 200),
  PRIMARY KEY (company_id, task_id, entity_type, entity_id),
  FOREIGN KEY (company_id, task_id) REFERENCES work_tasks (company_id, id) ON DELETE CASCADE
);
CREATE INDEX work_task_links_entity ON work_task_links (company_id, entity_type, entity_id);

-- Approval policies: one per company and action; every change is a new version, requests keep theirs.
CREATE TABLE work_policies (
  company_id text NOT NULL REFERENCES companies (id),
  id text NOT NULL,
  action text NOT NULL CHECK (length(action) BETWEEN 1 AND 100),
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  active boolean NOT NULL DEFAULT true,
  current_version integer NOT NULL DEFAULT 1,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, id),
  UNIQUE (company_id, action)
);

CREATE TABLE work_policy_versions (
  company_id text NOT NULL,
  policy_id text NOT NULL,
  version integer NOT NULL,
  definition jsonb NOT NULL,
  created_by text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, policy_id, version),
  FOREIGN KEY (company_id, policy_id) REFERENCES work_policies (company_id, id)
);

CREATE TABLE work_approval_requests (
  company_id text NOT NULL REFERENCES companies (id),
  id text NOT NULL,
  action text NOT NULL,
  entity_type text NOT NULL,
  entity_id text NOT NULL,
  summary text NOT NULL,
  data jsonb NOT NULL DEFAULT '{}',
  department_id text,
  maker_id text REFERENCES users (id),
  policy_id text NOT NULL,
  policy_version integer NOT NULL,
  -- [{ "name", "need", "approvers": [userId…] }]: the levels resolved when the request was made.
  levels jsonb NOT NULL,
  current_level smallint NOT NULL DEFAULT 0,
  status text NOT NULL DEFAULT 'pending'
    CHECK (status IN ('pending', 'approved', 'rejected', 'withdrawn', 'expired')),
  expires_at timestamptz,
  escalated_at timestamptz,
  decided_at timestamptz,
  executed_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, id),
  FOREIGN KEY (company_id, policy_id, policy_version) REFERENCES work_policy_versions (company_id, policy_id, version)
);
-- At most one open request per thing: a second ask joins the first.
CREATE UNIQUE INDEX work_approval_requests_open ON work_approval_requests (company_id, action, entity_type, entity_id)
  WHERE status = 'pending';
CREATE INDEX work_approval_requests_status ON work_approval_requests (company_id, status, created_at);

CREATE TABLE work_approval_decisions (
  company_id text NOT NULL,
  id text NOT NULL,
  request_id text NOT NULL,
  level smallint NOT NULL,
  approver_id text NOT NULL REFERENCES users (id),
  on_behalf_of text REFERENCES users (id),
  decision text NOT NULL CHECK (decision IN ('approve', 'reject', 'withdraw')),
  comment text CHECK (length(comment) <= 4000),
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, id),
  FOREIGN KEY (company_id, request_id) REFERENCES work_approval_requests (company_id, id)
);
-- One person decides once per request (no one approves two levels of the same request).
CREATE UNIQUE INDEX work_approval_decisions_once ON work_approval_decisions (company_id, request_id, approver_id);

CREATE TABLE work_delegations (
  company_id text NOT NULL REFERENCES companies (id),
  id text NOT NULL,
  from_user_id text NOT NULL REFERENCES users (id),
  to_user_id text NOT NULL REFERENCES users (id),
  starts_on date NOT NULL,
  ends_on date NOT NULL,
  kind text NOT NULL DEFAULT 'delegation' CHECK (kind IN ('delegation', 'out_of_office')),
  reason text,
  created_by text,
  revoked_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, id),
  CHECK (ends_on >= starts_on),
  CHECK (from_user_id <> to_user_id)
);
CREATE INDEX work_delegations_to ON work_delegations (company_id, to_user_id) WHERE revoked_at IS NULL;

CREATE TABLE work_notifications (
  company_id text NOT NULL REFERENCES companies (id),
  id text NOT NULL,
  user_id text NOT NULL REFERENCES users (id),
  kind text NOT NULL,
  title text NOT NULL,
  body text NOT NULL DEFAULT '',
  entity_type text,
  entity_id text,
  read_at timestamptz,
  digested_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, id)
);
CREATE INDEX work_notifications_user ON work_notifications (company_id, user_id, created_at DESC);

-- What a person receives by e-mail: every notification at once, a daily digest, or nothing; kinds muted.
CREATE TABLE work_notification_prefs (
  company_id text NOT NULL REFERENCES companies (id),
  user_id text NOT NULL REFERENCES users (id),
  email text NOT NULL DEFAULT 'instant' CHECK (email IN ('instant', 'digest', 'off')),
  muted_kinds text[] NOT NULL DEFAULT '{}',
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, user_id)
);
