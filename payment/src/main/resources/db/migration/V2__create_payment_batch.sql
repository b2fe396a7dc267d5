-- One pain.001.001.09 file. The XML is kept as sent (it is the only place where full IBANs appear).
create table payment_batch (
    id                       uuid primary key,
    msg_id                   varchar(35) not null unique,
    pmt_inf_id               varchar(35) not null unique,
    triggered_by             varchar(20) not null,
    created_at               timestamptz not null,
    requested_execution_date date        not null,
    transaction_count        int         not null check (transaction_count > 0),
    control_sum              bigint      not null check (control_sum > 0),
    pain001                  bytea       not null,
    submitted_at             timestamptz
);

create index payment_batch_unsubmitted on payment_batch (created_at) where submitted_at is null;
create index payment_batch_newest on payment_batch (created_at desc);

-- Every pain.002 imported for a batch; the bank's MsgId makes a second import of the same report a no-op.
create table status_report (
    id           uuid primary key,
    batch_id     uuid        not null references payment_batch,
    msg_id       varchar(35) not null,
    group_status varchar(4),
    received_at  timestamptz not null,
    xml          bytea       not null,
    unique (batch_id, msg_id)
);
