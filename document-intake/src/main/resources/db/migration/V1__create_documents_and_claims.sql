-- The PostgreSQL implementation of DocumentStore: bytes addressed by their SHA-256, stored once whoever sends them.
create table stored_document (
    sha256     char(64)    primary key,
    media_type varchar(50) not null,
    size_bytes bigint      not null,
    content    bytea       not null,
    stored_at  timestamptz not null default now()
);

-- A member's document: one row per member and content, whatever the number of claims that carried it.
create table document (
    id              uuid         primary key,
    member_contract varchar(64)  not null,
    sha256          char(64)     not null,
    document_type   varchar(10)  not null check (document_type in ('PDF', 'PNG', 'JPEG')),
    media_type      varchar(50)  not null,
    size_bytes      bigint       not null,
    page_count      int          not null,
    first_claim_id  uuid         not null,
    created_at      timestamptz  not null,
    unique (member_contract, sha256)
);

create table claim (
    id                      uuid         primary key,
    seq                     bigserial    not null,
    member_contract         varchar(64)  not null,
    beneficiary_nir         varchar(15),
    beneficiary_rank        int,
    beneficiary_birth_date  date,
    comment                 text,
    vision_change_justified boolean      not null,
    member_hints            jsonb        not null,
    status                  varchar(20)  not null check (status in ('RECEIVED', 'IN_REVIEW', 'ANALYSED', 'REJECTED')),
    received_at             timestamptz  not null,
    analysed_at             timestamptz,
    analysis                jsonb,
    -- set while a worker analyses the claim; an expired lease (crashed worker) lets another worker take it again
    analysis_lease_until    timestamptz
);

create index claim_to_analyse on claim (received_at, seq) where status = 'RECEIVED';
create index claim_member on claim (member_contract, received_at);

alter table document add constraint document_first_claim foreign key (first_claim_id) references claim (id);

-- The documents of a claim, in the order the member sent them.
create table claim_document (
    claim_id              uuid         not null references claim (id),
    position              int          not null,
    document_id           uuid         not null references document (id),
    file_name             varchar(255) not null,
    type_label            varchar(100) not null,
    kind                  varchar(40)  not null,
    supporting            boolean      not null,
    comment               text,
    -- the same bytes as an earlier file of the same claim: linked, analysed once
    repeated_in_claim     boolean      not null,
    -- the same bytes were first sent with this earlier claim of the member
    first_sent_in_claim   uuid,
    primary key (claim_id, position)
);

create index claim_document_document on claim_document (document_id);
create index claim_document_kind on claim_document (kind, claim_id);
