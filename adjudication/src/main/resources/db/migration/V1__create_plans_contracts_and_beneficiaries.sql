-- Every version of every plan the service ever loaded: a claim is adjudicated under the version in force on each care
-- date, so a version once stored is never changed (a plan file with new terms is a new version).
create table plan_version (
    plan_id    varchar(50)  not null,
    version    int          not null,
    valid_from date         not null,
    name       varchar(200) not null,
    document   jsonb        not null,
    loaded_at  timestamptz  not null default now(),
    primary key (plan_id, version),
    unique (plan_id, valid_from)
);

create table contract (
    contract_number       varchar(50)  primary key,
    plan_id               varchar(50)  not null,
    start_date            date         not null,
    end_date              date,
    membership_start_date date,
    member_name           varchar(200) not null,
    member_email          varchar(320),
    member_phone          varchar(40),
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now()
);

-- A beneficiary is known within its contract by NIR. One left out of a later PUT of the contract is deactivated, not
-- deleted: its consumption and adjudications still refer to it.
-- The NIR is stored in clear for now; encryption at rest is a separate security issue.
create table beneficiary (
    id              bigint generated always as identity primary key,
    contract_number varchar(50) not null references contract,
    rank            int         not null,
    nir             varchar(15) not null,
    birth_date      date        not null,
    first_name      varchar(100),
    active          boolean     not null default true,
    unique (contract_number, nir)
);

create unique index beneficiary_active_rank on beneficiary (contract_number, rank) where active;

create table beneficiary_exemption (
    beneficiary_id bigint      not null references beneficiary on delete cascade,
    type           varchar(20) not null,
    from_date      date,
    to_date        date
);

create index beneficiary_exemption_beneficiary on beneficiary_exemption (beneficiary_id);
