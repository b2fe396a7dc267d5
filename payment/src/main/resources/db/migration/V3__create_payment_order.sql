-- What the mutuelle owes one payee for one claim. A transfer the bank rejects is FAILED and followed by a new order
-- for the same claim and payee (attempt + 1), so "one order per claim and payee" holds for the orders still alive.
create table payment_order (
    id                 uuid primary key,
    claim_id           uuid        not null,
    payee_kind         varchar(20) not null,
    payee_reference    varchar(64) not null,
    contract_number    varchar(64),
    attempt            int         not null check (attempt between 1 and 99),
    end_to_end_id      varchar(35) not null unique,
    adjudicated_amount bigint      not null check (adjudicated_amount > 0),
    debt_offset        bigint      not null default 0 check (debt_offset >= 0),
    amount             bigint      not null check (amount >= 0),
    status             varchar(30) not null,
    bank_account_id    uuid references bank_account,
    batch_id           uuid references payment_batch,
    failure_code       varchar(35),
    failure_reason     varchar(200),
    created_at         timestamptz not null,
    updated_at         timestamptz not null,
    unique (claim_id, payee_kind, payee_reference, attempt),
    check (amount = adjudicated_amount - debt_offset),
    check (status = 'OFFSET' or amount > 0),
    check (status not in ('READY', 'ISSUED', 'PAID') or bank_account_id is not null)
);

-- A replayed ClaimAdjudicated (new event id, same claim) can never add a second live order.
create unique index payment_order_one_live_per_claim_and_payee
    on payment_order (claim_id, payee_kind, payee_reference) where status <> 'FAILED';
create index payment_order_ready on payment_order (created_at, id) where status = 'READY';
create index payment_order_awaiting on payment_order (payee_kind, payee_reference) where status = 'AWAITING_BANK_ACCOUNT';
create index payment_order_batch on payment_order (batch_id);

-- What a payee owes back after a reversal, offset against their next payment orders, oldest debt first.
create table member_debt (
    id              uuid primary key,
    payee_kind      varchar(20) not null,
    payee_reference varchar(64) not null,
    claim_id        uuid        not null unique,
    amount          bigint      not null check (amount > 0),
    outstanding     bigint      not null check (outstanding between 0 and amount),
    created_at      timestamptz not null
);

create index member_debt_outstanding on member_debt (payee_kind, payee_reference, created_at) where outstanding > 0;
