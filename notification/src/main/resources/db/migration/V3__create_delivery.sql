-- Delivery log: one message per event and channel, so a redelivered event never sends twice.
create table delivery (
    id              uuid primary key,
    claim_id        uuid         not null,
    event_id        uuid         not null,
    channel         varchar(10)  not null check (channel in ('EMAIL', 'SMS')),
    kind            varchar(30)  not null,
    recipient       varchar(254),
    subject         varchar(255),
    text_body       text,
    html_body       text,
    status          varchar(10)  not null check (status in ('PENDING', 'SENT', 'FAILED', 'SKIPPED')),
    attempts        int          not null default 0,
    last_error      varchar(1000),
    next_attempt_at timestamptz,
    created_at      timestamptz  not null,
    sent_at         timestamptz,
    unique (event_id, channel)
);

create index delivery_due on delivery (next_attempt_at) where status in ('PENDING', 'FAILED');
create index delivery_by_claim on delivery (claim_id);
