-- price_history is append-only (DESIGN.md §4, design property 3): refuse UPDATE and DELETE,
-- whoever the caller is. TRUNCATE is refused too so a stray cleanup cannot erase history.
CREATE OR REPLACE FUNCTION price_history_refuse_change() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'price_history is append-only: % refused', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER price_history_no_update_delete
  BEFORE UPDATE OR DELETE ON price_history
  FOR EACH ROW EXECUTE FUNCTION price_history_refuse_change();
--> statement-breakpoint
CREATE TRIGGER price_history_no_truncate
  BEFORE TRUNCATE ON price_history
  FOR EACH STATEMENT EXECUTE FUNCTION price_history_refuse_change();
