-- The member's view of each claim: a read model built from every claims.* topic. Amounts are cents, moments timestamptz.
create table claim_timeline (
    claim_id               uuid primary key,
    contract_number        varchar(50),
    beneficiary_nir        varchar(15),
    beneficiary_birth_date date,
    beneficiary_rank       int,
    channel                varchar(10),
    identity_at            timestamptz,
    status                 varchar(20)  not null check (status in ('RECEIVED', 'IN_REVIEW', 'ANALYSED', 'ADJUDICATED',
                                                                   'PAYMENT_FAILED', 'REIMBURSED', 'REJECTED')),
    status_at              timestamptz  not null,
    -- 0, then +1 each time a correction reopens a rejected claim
    cycle                  int          not null default 0,
    -- earliest moment we know of: the claim's date in lists, filters and statements
    received_at            timestamptz  not null,
    -- moment of the event the lines and totals come from; an older event never overwrites them
    lines_at               timestamptz,
    billed_cents           bigint,
    amo_cents              bigint,
    complementary_cents    bigint,
    patient_share_cents    bigint,
    reimbursed_cents       bigint,
    payee_kind             varchar(20),
    reversal               boolean      not null default false,
    expected_payment_date  date,
    paid_cents             bigint,
    paid_on                date,
    masked_iban            varchar(64),
    rejection_codes        varchar(2000),
    payment_failure_code   varchar(35),
    updated_at             timestamptz  not null
);

create index claim_timeline_by_contract on claim_timeline (contract_number, received_at desc);
create index claim_timeline_in_review on claim_timeline (status_at) where status = 'IN_REVIEW';

-- One row per step a claim went through; a step appears once per cycle, so a redelivered event never adds a second one.
create table claim_step (
    claim_id    uuid         not null references claim_timeline (claim_id) on delete cascade,
    cycle       int          not null,
    status      varchar(20)  not null,
    occurred_at timestamptz  not null,
    event_id    uuid         not null,
    recorded_at timestamptz  not null,
    primary key (claim_id, cycle, status)
);

create table claim_line (
    claim_id            uuid         not null references claim_timeline (claim_id) on delete cascade,
    line_number         int          not null,
    care_date           date         not null,
    care_category       varchar(40)  not null,
    act_code            varchar(40),
    billed_cents        bigint       not null,
    amo_cents           bigint,
    complementary_cents bigint,
    patient_share_cents bigint,
    -- reason codes in the rules' order, comma separated
    reasons             varchar(2000) not null default '',
    rejection_code      varchar(40),
    primary key (claim_id, line_number)
);

create index claim_line_by_category on claim_line (care_category, claim_id);
