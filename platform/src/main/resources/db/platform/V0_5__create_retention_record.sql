-- What a service keeps of an erased member, why and until when (docs/privacy.md); one row per contract and data
-- category. Every service has the table; those holding members' data fill it.
create table retention_record (
    contract    varchar(64)  not null,
    category    varchar(100) not null,
    legal_basis varchar(500) not null,
    kept_until  date,
    recorded_at timestamptz  not null,
    primary key (contract, category)
);
