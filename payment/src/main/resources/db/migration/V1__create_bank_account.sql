-- Bank accounts of payees: members (reference = contract number) and practitioners paid under tiers payant.
-- Versioned: a change adds a row, so a payment order keeps pointing at the account in force when it was created.
create table bank_account (
    id              uuid primary key,
    payee_kind      varchar(20)  not null,
    payee_reference varchar(64)  not null,
    version         int          not null check (version > 0),
    -- AES-GCM: the 12-byte nonce, then the ciphertext and its tag; the row id is the associated data, so a ciphertext
    -- copied into another row does not decrypt. key_id names the key that sealed it. Rotation: configure the new key
    -- under a new id (new rows use it), keep the old one for reading, re-encrypt the rows still naming the old id,
    -- then retire it once no row does.
    iban_encrypted  bytea        not null,
    key_id          varchar(32)  not null,
    masked_iban     varchar(32)  not null,
    bic             varchar(11),
    holder_name     varchar(140) not null,
    effective_from  timestamptz  not null,
    -- set when the bank rejected a transfer to this account (closed, wrong IBAN...): no order is paid to it any more
    invalidated_at  timestamptz,
    invalid_reason  varchar(200),
    unique (payee_kind, payee_reference, version)
);
