-- Custom roles in invitations (module org): an invitation may name one of its company's roles, as a membership
-- may hold one (20261207T1700_custom_roles.sql): role = 'custom' and the role's id in custom_role_id.
-- No foreign key to company_roles, on purpose: an accepted, revoked or expired invitation is history and must
-- not pin a role forever. The service refuses to delete a role while a PENDING invitation names it (409), and
-- an invitation's accept checks the role still exists, so no membership is ever made from a missing role.
ALTER TABLE invitations DROP CONSTRAINT invitations_role_check;
ALTER TABLE invitations
  ADD CONSTRAINT invitations_role_check
    CHECK (role IN ('owner', 'admin', 'manager', 'assistant', 'auditor', 'custom')),
  ADD COLUMN custom_role_id text,
  ADD CONSTRAINT invitations_custom_role_check CHECK ((role = 'custom') = (custom_role_id IS NOT NULL));
CREATE INDEX invitations_custom_role ON invitations (company_id, custom_role_id) WHERE custom_role_id IS NOT NULL;
