-- Roles as data (module org). The five built-in roles (owner, admin, manager, assistant, auditor) stay
-- templates defined in code next to each permission (src/platform/access); a company may add its own roles
-- ("Payroll clerk", "Lab technician"): a name and a set of registered permissions, each with a reach —
-- 'company' (every department) or 'departments' (only the member's own departments; meaningful for
-- department-scoped permissions). A membership holds either a built-in role or, with role = 'custom', one
-- of its company's roles. Which permission names exist, and that a role never holds more than its creator,
-- is checked by the service (the registry lives in code).
CREATE TABLE company_roles (
  company_id text NOT NULL REFERENCES companies (id),
  id text NOT NULL,
  name text NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
  description text NOT NULL DEFAULT '' CHECK (length(description) <= 500),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (company_id, id)
);
CREATE UNIQUE INDEX company_roles_name_key ON company_roles (company_id, lower(name));

CREATE TABLE company_role_permissions (
  company_id text NOT NULL,
  role_id text NOT NULL,
  permission text NOT NULL CHECK (permission ~ '^[a-z]+(\.[a-z_]+)+$'),
  reach text NOT NULL CHECK (reach IN ('company', 'departments')),
  PRIMARY KEY (company_id, role_id, permission),
  FOREIGN KEY (company_id, role_id) REFERENCES company_roles (company_id, id) ON DELETE CASCADE
);

ALTER TABLE memberships DROP CONSTRAINT memberships_role_check;
ALTER TABLE memberships
  ADD CONSTRAINT memberships_role_check
    CHECK (role IN ('owner', 'admin', 'manager', 'assistant', 'auditor', 'custom')),
  ADD COLUMN custom_role_id text,
  ADD CONSTRAINT memberships_custom_role_fkey
    FOREIGN KEY (company_id, custom_role_id) REFERENCES company_roles (company_id, id),
  ADD CONSTRAINT memberships_custom_role_check CHECK ((role = 'custom') = (custom_role_id IS NOT NULL));
CREATE INDEX memberships_custom_role ON memberships (company_id, custom_role_id) WHERE custom_role_id IS NOT NULL;
