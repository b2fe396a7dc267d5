-- Ingested décomptes, from files and from the inbound topic: the registry of NLF-E033, unique per sender forever.
create table decompte (
    sender_code varchar(9)  not null,
    decompte_id varchar(20) not null,
    channel     varchar(10) not null,
    nlf_file    uuid references nlf_file (id),
    line_number bigint      not null,
    ingested_at timestamptz not null,
    primary key (sender_code, decompte_id)
);

create index decompte_by_file on decompte (nlf_file) where nlf_file is not null;

-- One or two claims per décompte (regularisation lines make a reversal claim of their own), and their fate downstream.
create table claim (
    claim_id         uuid primary key,
    sender_code      varchar(9)  not null,
    decompte_id      varchar(20) not null,
    nlf_file         uuid references nlf_file (id),
    reversal         boolean     not null,
    line_count       integer     not null,
    created_at       timestamptz not null,
    rejected_at      timestamptz,
    rejection_stage  varchar(100),
    rejection_codes  text,
    rejection_reason text,
    foreign key (sender_code, decompte_id) references decompte (sender_code, decompte_id)
);

create index claim_by_decompte on claim (sender_code, decompte_id);
create index claim_rejected on claim (rejected_at desc) where rejected_at is not null;

-- Décomptes the NLF checks rejected, in an ingested file or in an inbound message, for ops.
create table decompte_rejection (
    id          bigserial primary key,
    channel     varchar(10) not null,
    nlf_file    uuid references nlf_file (id),
    sender_code text        not null,
    decompte_id text        not null,
    line_number bigint      not null,
    code        varchar(30) not null,
    field       varchar(40) not null,
    detail      text        not null,
    rejected_at timestamptz not null
);

create index decompte_rejection_newest on decompte_rejection (rejected_at desc, id);
create index decompte_rejection_by_file on decompte_rejection (nlf_file) where nlf_file is not null;
