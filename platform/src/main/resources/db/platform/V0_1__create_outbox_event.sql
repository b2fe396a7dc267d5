-- Column names follow the Debezium outbox event router, so a CDC connector could replace the polling relay.
create table outbox_event (
    id            uuid primary key,
    aggregatetype varchar(255) not null,
    aggregateid   varchar(255) not null,
    type          varchar(255) not null,
    topic         varchar(255) not null,
    payload       jsonb        not null,
    traceparent   varchar(55),
    created_at    timestamptz  not null default clock_timestamp(),
    seq           bigserial    not null,
    published_at  timestamptz
);

create index outbox_event_unpublished on outbox_event (seq) where published_at is null;
