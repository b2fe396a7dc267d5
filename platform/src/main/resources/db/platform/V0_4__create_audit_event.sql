-- Staff access to members' data: who, what, when and why. Rows are only ever inserted.
create table audit_event (
    id              uuid primary key,
    seq             bigserial    not null,
    occurred_at     timestamptz  not null,
    agent           varchar(255),
    roles           varchar(255) not null,
    action          varchar(30)  not null,
    resource_type   varchar(60)  not null,
    resource_id     varchar(255),
    contract_number varchar(50),
    reason          varchar(60)  not null,
    request_id      varchar(100),
    trace_id        varchar(32),
    outcome         varchar(20)  not null
);

create index audit_event_newest on audit_event (occurred_at desc, seq desc);
create index audit_event_contract on audit_event (contract_number, occurred_at desc);
create index audit_event_agent on audit_event (agent, occurred_at desc);
