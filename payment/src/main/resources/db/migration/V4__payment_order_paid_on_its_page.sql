-- An order is written three times: inserted READY, updated ISSUED when a batch takes it, updated PAID when the bank
-- accepts it. Its status was in the predicates of three indexes, so neither update could be heap-only: each added an
-- entry to every index of the order (five) and took 70-80 µs. The partial indexes now test the order's phase, which
-- ISSUED and PAID share, so the PAID update leaves every index as it is and stays on the order's page (HOT) when the
-- page has room: pages are filled to half on insert, the other half for the new versions. The batch index leaves out
-- the orders no batch has taken yet.
alter table payment_order
    add column phase smallint generated always as (
        case status when 'AWAITING_BANK_ACCOUNT' then 0 when 'READY' then 1 when 'FAILED' then 3 else 2 end) stored;
alter table payment_order set (fillfactor = 50);

drop index payment_order_one_live_per_claim_and_payee;
create unique index payment_order_one_live_per_claim_and_payee
    on payment_order (claim_id, payee_kind, payee_reference) where phase <> 3;
drop index payment_order_ready;
create index payment_order_ready on payment_order (created_at, id) where phase = 1;
drop index payment_order_awaiting;
create index payment_order_awaiting on payment_order (payee_kind, payee_reference) where phase = 0;
drop index payment_order_batch;
create index payment_order_batch on payment_order (batch_id) where batch_id is not null;
