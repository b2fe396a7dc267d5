-- Poison messages this service gave up on, kept for ops to inspect, fix and replay.
create table dead_letter (
    id              uuid primary key,
    source_topic    varchar(255) not null,
    source_partition int         not null,
    source_offset   bigint       not null,
    message_key     varchar(255),
    event_id        varchar(100),
    event_type      varchar(255),
    headers         jsonb        not null,
    payload         text,
    reason          text         not null,
    received_at     timestamptz  not null default now(),
    replayed_at     timestamptz,
    unique (source_topic, source_partition, source_offset)
);

create index dead_letter_pending on dead_letter (received_at) where replayed_at is null;
