-- What is kept of an erased member, why and until when (docs/privacy.md); one row per contract and data category.
create table retention_record (
    contract    varchar(64)  not null,
    category    varchar(100) not null,
    legal_basis varchar(500) not null,
    kept_until  date,
    recorded_at timestamptz  not null,
    primary key (contract, category)
);

-- Set when an erasure deleted the document's bytes; its sha256 is then replaced, so the same bytes sent again later
-- make a new document instead of pointing at bytes that are gone.
alter table document add column content_erased_at timestamptz;
