-- The outbox is a queue: the relay deletes the rows the broker acknowledged, in the transaction that read them, instead of
-- stamping published_at. An update wrote a second copy of every payload (and its index entries) only to be purged a week
-- later; Kafka's topics are the log of what was published. Rows already published are on the broker.
delete from outbox_event where published_at is not null;
drop index outbox_event_unpublished;
alter table outbox_event drop column published_at;
create index outbox_event_seq on outbox_event (seq);
-- Kept as written: nothing queries inside the payload, and json skips jsonb's parse on insert and rendering on publish.
alter table outbox_event alter column payload type json using payload::json;
-- A queue table: vacuumed and analysed after a few thousand deletions, not after a fifth of its size.
alter table outbox_event set (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 5000,
    autovacuum_analyze_scale_factor = 0, autovacuum_analyze_threshold = 5000);
