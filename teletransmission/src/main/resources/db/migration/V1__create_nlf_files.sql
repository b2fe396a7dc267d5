-- Bytes of uploaded NLF files and of their NLA acknowledgments, in chunks, so that no statement holds a whole file.
create table blob_chunk (
    blob_id uuid    not null,
    seq     integer not null,
    data    bytea   not null,
    primary key (blob_id, seq)
);

-- One row per upload. Counts are the NLA header values, known once the file is processed.
create table nlf_file (
    id                 uuid primary key,
    status             varchar(20)  not null,
    received_at        timestamptz  not null,
    size_bytes         bigint       not null,
    sha256             char(64)     not null,
    content_blob       uuid,
    traceparent        varchar(55),
    attempts           integer      not null default 0,
    started_at         timestamptz,
    processed_at       timestamptz,
    last_error         text,
    disposition        varchar(20),
    prior_file         uuid references nlf_file (id),
    sender_code        varchar(9),
    file_id            varchar(64),
    test_file          boolean,
    decomptes_read     bigint,
    decomptes_accepted bigint,
    lines_read         bigint,
    lines_accepted     bigint,
    error_count        bigint,
    warning_count      bigint,
    nla_blob           uuid,
    nla_size           bigint,
    claims_created     bigint       not null default 0,
    claims_rejected    bigint       not null default 0
);

create index nlf_file_pending on nlf_file (received_at, id) where status in ('RECEIVED', 'PROCESSING');
create index nlf_file_newest on nlf_file (received_at desc, id);

-- NLF.md §8: the first processed upload of each (sender, fileId); later uploads are answered from it (replay or E010).
create table nlf_file_key (
    sender_code varchar(9)  not null,
    file_id     varchar(64) not null,
    nlf_file    uuid        not null references nlf_file (id),
    sha256      char(64)    not null,
    primary key (sender_code, file_id)
);
