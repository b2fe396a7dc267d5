-- A claim the automatic analysis was not sure about, for an ops agent to complete or reject.
create table review_task (
    claim_id         uuid         primary key references claim (id),
    queued_at        timestamptz  not null,
    reason           text         not null,
    taken_by         varchar(100),
    taken_at         timestamptz,
    taken_until      timestamptz,
    decided_at       timestamptz,
    decided_by       varchar(100),
    decision         varchar(10)  check (decision in ('COMPLETE', 'REJECT')),
    reason_code      varchar(40),
    decision_comment text,
    decided_lines    jsonb,
    check ((decided_at is null) = (decision is null))
);

create index review_task_open on review_task (queued_at) where decided_at is null;
