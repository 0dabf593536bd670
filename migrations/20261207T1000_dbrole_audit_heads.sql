-- The application connects as a role that is not a superuser and does not own the tables (see
-- src/platform/db/roles.ts): it may only SELECT and INSERT audit_events, and SELECT, INSERT and UPDATE
-- audit_heads. UPDATE of a head is still needed to append, so this trigger makes it the only update an append
-- makes: a head only moves forward, onto an event of its own chain that is already stored with that hash, and
-- a new head starts at the genesis. Rewinding or pointing a head elsewhere (to hide a deleted tail from
-- `steward audit verify`, or to fork the chain) is refused. DELETE and TRUNCATE are refused to everyone.
CREATE FUNCTION audit_heads_forward_only() RETURNS trigger LANGUAGE plpgsql
  SET search_path = pg_catalog, public AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.seq <> 0 OR NEW.hash <> repeat('0', 64) THEN
      RAISE EXCEPTION 'audit_heads: a new chain head starts at the genesis' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
  ELSIF TG_OP = 'UPDATE' THEN
    IF NEW.chain <> OLD.chain OR NEW.seq <= OLD.seq OR NOT EXISTS (
      SELECT 1 FROM public.audit_events e WHERE e.chain = NEW.chain AND e.seq = NEW.seq AND e.hash = NEW.hash
    ) THEN
      RAISE EXCEPTION 'audit_heads: a chain head only moves forward onto a stored event'
        USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_heads: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_heads_guard BEFORE INSERT OR UPDATE OR DELETE ON audit_heads
  FOR EACH ROW EXECUTE FUNCTION audit_heads_forward_only();
CREATE TRIGGER audit_heads_no_truncate BEFORE TRUNCATE ON audit_heads
  FOR EACH STATEMENT EXECUTE FUNCTION audit_heads_forward_only();
