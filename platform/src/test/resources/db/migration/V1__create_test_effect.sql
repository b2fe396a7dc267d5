create table test_effect (
    event_id uuid not null,
    claim_id uuid not null,
    source   text
);
