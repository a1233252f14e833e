-- PostgreSQL only: every app node on this database hears, when a transaction commits, that the
-- tables its in-memory snapshot is read from have changed (NOTIFY is delivered at commit, never
-- for a rollback, and repeats within one transaction are folded into one). A trigger rather than a
-- call in the Java writers: an import by COPY, a correction, a fusion decision, or an operator's
-- psql all reach the other nodes the same way. Overlays, corrections and articles are read from the
-- tables on every request, so only event_points and fusion_decisions are watched.

CREATE FUNCTION kharita_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('kharita_changes', TG_TABLE_NAME);
    RETURN NULL;
END
$$;

CREATE TRIGGER event_points_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON event_points
    FOR EACH STATEMENT EXECUTE FUNCTION kharita_notify_change();

CREATE TRIGGER fusion_decisions_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON fusion_decisions
    FOR EACH STATEMENT EXECUTE FUNCTION kharita_notify_change();
