-- People who log in: members (one contract each), ops agents and supervisors. Integrators are OAuth2 clients, not here.
create table account (
    id                  uuid primary key,
    username            varchar(100) not null unique,  -- lower case; a member's is the contract number
    email               varchar(254) unique,           -- lower case; members may log in with it too
    password_hash       varchar(255) not null,         -- {argon2}...: DelegatingPasswordEncoder format
    contract_number     varchar(30),                   -- members only
    roles               varchar(200) not null,         -- comma-separated: MEMBER | OPS | SUPERVISOR
    totp_secret         text,                          -- AES-GCM encrypted, base64; null until enrolment is confirmed
    pending_totp_secret text,                          -- encrypted; enrolment started, not confirmed yet
    last_totp_step      bigint,                        -- a TOTP code is accepted once (RFC 6238 section 5.2)
    failed_attempts     integer      not null default 0,
    locked_until        timestamptz,
    demo                boolean      not null default false,
    created_at          timestamptz  not null default now(),
    updated_at          timestamptz  not null default now(),
    constraint member_has_contract check (roles not like '%MEMBER%' or contract_number is not null)
);
create unique index account_member_contract on account (contract_number) where contract_number is not null;

-- Ten one-time codes per enrolment, for a member who lost their phone; only hashes are kept.
create table recovery_code (
    id         uuid primary key,
    account_id uuid         not null references account (id) on delete cascade,
    code_hash  varchar(255) not null,
    pending    boolean      not null,  -- issued by an enrolment not confirmed yet
    used_at    timestamptz,
    created_at timestamptz  not null default now()
);
create index recovery_code_account on recovery_code (account_id) where used_at is null;

-- The RSA key that signs access tokens, shared by every replica and kept across restarts; private part encrypted.
create table signing_key (
    kid         varchar(64) primary key,
    private_key text        not null,  -- PKCS#8, AES-GCM encrypted, base64
    public_key  text        not null,  -- X.509, base64
    created_at  timestamptz not null default now()
);

-- Spring Authorization Server's JdbcOAuth2AuthorizationService (oauth2-authorization-schema.sql, PostgreSQL types):
-- integrators' client_credentials tokens, for introspection and revocation. Expired rows are purged.
create table oauth2_authorization (
    id                            varchar(100) not null primary key,
    registered_client_id          varchar(100) not null,
    principal_name                varchar(200) not null,
    authorization_grant_type      varchar(100) not null,
    authorized_scopes             varchar(1000),
    attributes                    text,
    state                         varchar(500),
    authorization_code_value      text,
    authorization_code_issued_at  timestamptz,
    authorization_code_expires_at timestamptz,
    authorization_code_metadata   text,
    access_token_value            text,
    access_token_issued_at        timestamptz,
    access_token_expires_at       timestamptz,
    access_token_metadata         text,
    access_token_type             varchar(100),
    access_token_scopes           varchar(1000),
    oidc_id_token_value           text,
    oidc_id_token_issued_at       timestamptz,
    oidc_id_token_expires_at      timestamptz,
    oidc_id_token_metadata        text,
    refresh_token_value           text,
    refresh_token_issued_at       timestamptz,
    refresh_token_expires_at      timestamptz,
    refresh_token_metadata        text,
    user_code_value               text,
    user_code_issued_at           timestamptz,
    user_code_expires_at          timestamptz,
    user_code_metadata            text,
    device_code_value             text,
    device_code_issued_at         timestamptz,
    device_code_expires_at        timestamptz,
    device_code_metadata          text
);
create index oauth2_authorization_expiry on oauth2_authorization (access_token_expires_at);
