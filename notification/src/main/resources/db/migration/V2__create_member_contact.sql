-- How a member wants to hear about their claims. Created by the member (PUT /api/v1/notification-preferences).
create table member_contact (
    contract_number varchar(50)  primary key,
    email           varchar(254),
    phone           varchar(20),
    email_enabled   boolean      not null,
    sms_enabled     boolean      not null,
    opted_out       boolean      not null default false,
    updated_at      timestamptz  not null
);
