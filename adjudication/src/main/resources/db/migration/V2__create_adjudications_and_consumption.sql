-- The current result of each claim (a correction replaces it and bumps the revision). Claims rejected before the rules
-- ran (unknown contract or beneficiary) are kept too, without beneficiary or plan, so ops can find them.
create table adjudication (
    claim_id                 uuid         primary key,
    contract_number          varchar(50)  not null,
    beneficiary_id           bigint       references beneficiary,
    plan_id                  varchar(50),
    plan_version             int,
    channel                  varchar(10)  not null,
    source                   varchar(255),
    status                   varchar(20)  not null,
    reversal                 boolean      not null,
    rejection_codes          varchar(500) not null default '',
    billed_cents             bigint       not null default 0,
    amo_paid_cents           bigint       not null default 0,
    complementary_paid_cents bigint       not null default 0,
    patient_share_cents      bigint       not null default 0,
    reimbursed_cents         bigint       not null default 0,
    expected_payment_date    date,
    event_id                 uuid         not null,
    revision                 int          not null default 1,
    adjudicated_at           timestamptz  not null
);

create index adjudication_beneficiary on adjudication (beneficiary_id);

-- One row per care line. duplicate_key is the SHA-256 of CareLine.matchingKey(nir) and the side as given: the same
-- care line received twice (teletransmission and upload) has the same key, the left and right lens of one pair not.
create table adjudication_line (
    claim_id                 uuid         not null references adjudication on delete cascade,
    line_number              int          not null,
    beneficiary_id           bigint       not null references beneficiary,
    care_date                date         not null,
    care_category            varchar(40)  not null,
    act_code                 varchar(40)  not null,
    practitioner_id          varchar(20),
    quantity                 int          not null,
    side                     varchar(5),
    billed_cents             bigint       not null,
    base_cents               bigint       not null,
    amo_paid_cents           bigint       not null,
    participation_cents      bigint       not null,
    franchise_cents          bigint       not null,
    complementary_paid_cents bigint       not null,
    patient_share_cents      bigint       not null,
    reasons                  varchar(1000) not null,
    rejection_code           varchar(40),
    plan_version             int,
    duplicate_key            char(64)     not null,
    reversal                 boolean      not null default false,
    reverses_claim_id        uuid,
    reverses_line_number     int,
    reversed_by              uuid,
    primary key (claim_id, line_number)
);

create index adjudication_line_beneficiary_key on adjudication_line (beneficiary_id, duplicate_key);

-- A care line is paid at most once per beneficiary, whatever channel it came through: the last line of defence behind
-- the DUPLICATE_CLAIM_LINE check, which runs under the beneficiary's lock.
create unique index adjudication_line_paid_once on adjudication_line (beneficiary_id, duplicate_key)
    where complementary_paid_cents > 0 and not reversal and reversed_by is null;

-- What accepted lines consumed (REIMBURSEMENT_RULES.md §16): the history of the next claims of the beneficiary.
-- A reversal neutralises a row (reversed_by); a correction deletes the rows of the claim it replaces.
create table consumption (
    id                       bigint generated always as identity primary key,
    beneficiary_id           bigint      not null references beneficiary,
    claim_id                 uuid        not null,
    line_number              int         not null,
    care_category            varchar(40) not null,
    care_date                date        not null,
    side                     varchar(5)  not null,
    basket                   varchar(10) not null,
    units                    int         not null,
    complementary_paid_cents bigint      not null,
    reversed_by              uuid,
    created_at               timestamptz not null default now(),
    unique (claim_id, line_number)
);

create index consumption_beneficiary on consumption (beneficiary_id) where reversed_by is null;
