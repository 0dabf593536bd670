-- Issue 11 (lists): saved list views per person. A view is a named set of list URL parameters (filters, sort)
-- that only its owner sees and uses; at most one default per person and list, names unique per person and list.
CREATE TABLE saved_views (
  company_id text NOT NULL REFERENCES companies (id),
  id text NOT NULL,
  user_id text NOT NULL REFERENCES users (id),
  list_key text NOT NULL CHECK (list_key ~ '^[a-z][a-z0-9_.-]{0,59}$'),
  name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
  params jsonb NOT NULL CHECK (jsonb_typeof(params) = 'object'),
  is_default boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, id),
  UNIQUE (company_id, user_id, list_key, name)
);
CREATE UNIQUE INDEX saved_views_one_default ON saved_views (company_id, user_id, list_key) WHERE is_default;
