-- Rows a batch consumer inserts through DeferredInserts; the check refuses one only when the poll commits.
create table test_deferred (
    event_id uuid not null,
    source   text check (source <> 'refused-at-commit')
);
