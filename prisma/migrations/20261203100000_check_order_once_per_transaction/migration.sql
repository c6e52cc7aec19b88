-- Ranks (City.rank) and positions (FaqEntry.position) stay contiguous 1..N at every commit, as
-- before, but the whole-list check now runs once per transaction instead of once per changed row:
-- a move that shifted 10,000 ranks used to count the table 10,000 times at commit (docs/ranking.md).
--
-- How: the deferred row trigger is queued only for the first changed row. Its WHEN condition, which
-- PostgreSQL evaluates as each row changes (not at commit), reads a transaction-local marker and sets
-- it; built-in functions only, so the cost per changed row is a setting lookup. When the check fires
-- (at commit, or at SET CONSTRAINTS … IMMEDIATE) it clears the marker first, so any change made after
-- it queues a new check. The marker is a transaction-local setting: it ends with the transaction and
-- is rolled back with a savepoint together with the check it queued.

DROP TRIGGER "City_rank_contiguous" ON "City";
DROP TRIGGER "FaqEntry_position_contiguous" ON "FaqEntry";
DROP FUNCTION "check_contiguous_order"();

-- TG_ARGV[0]: the ordered column; TG_ARGV[1]: the name of the marker setting its trigger's WHEN sets.
CREATE FUNCTION "check_contiguous_order"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    total integer;
    highest integer;
BEGIN
    PERFORM set_config(TG_ARGV[1], '', true);
    -- One check per table at a time: a second transaction's check waits until the first has
    -- committed, then counts afresh (READ COMMITTED gives each statement a new snapshot), so two
    -- transactions that are each contiguous on their own cannot commit a gap together.
    PERFORM pg_advisory_xact_lock(hashtext(format('check_contiguous_order %I.%I', TG_TABLE_SCHEMA, TG_TABLE_NAME)));
    EXECUTE format('SELECT count(%1$I), coalesce(max(%1$I), 0) FROM %2$I.%3$I', TG_ARGV[0], TG_TABLE_SCHEMA, TG_TABLE_NAME)
        INTO total, highest;
    IF total <> highest THEN
        RAISE EXCEPTION '% of "%" must be contiguous from 1 (% rows, highest %)', TG_ARGV[0], TG_TABLE_NAME, total, highest
            USING ERRCODE = '23514';
    END IF;
    RETURN NULL;
END;
$$;

-- The WHEN is true for the first changed row after the marker was last cleared (CASE fixes the order:
-- read the marker, and only if it is not set, set it).
CREATE CONSTRAINT TRIGGER "City_rank_contiguous" AFTER INSERT OR UPDATE OF "rank" OR DELETE ON "City"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (CASE WHEN current_setting('order_check.city_rank', true) = 'queued' THEN false
               ELSE set_config('order_check.city_rank', 'queued', true) = 'queued' END)
    EXECUTE FUNCTION "check_contiguous_order"('rank', 'order_check.city_rank');
CREATE CONSTRAINT TRIGGER "FaqEntry_position_contiguous" AFTER INSERT OR UPDATE OF "position" OR DELETE ON "FaqEntry"
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (CASE WHEN current_setting('order_check.faq_position', true) = 'queued' THEN false
               ELSE set_config('order_check.faq_position', 'queued', true) = 'queued' END)
    EXECUTE FUNCTION "check_contiguous_order"('position', 'order_check.faq_position');
