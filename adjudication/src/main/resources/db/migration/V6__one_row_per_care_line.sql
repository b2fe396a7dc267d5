-- A care line is one row, with two index entries and one foreign-key check, instead of two rows (the line and its
-- consumption), six index entries and three checks: at volume the database is most of adjudication's cost.

-- Consumption (REIMBURSEMENT_RULES.md §16) was a second row per accepted line repeating the line's beneficiary,
-- category, care date, side (null read as BOTH) and complementary amount, deleted with it by a correction and marked
-- reversed_by with it by a reversal. The line now keeps what only that row had, set exactly when the line consumed
-- (accepted, in a claim that is no reversal): the units granted (§10, fewer than the quantity under a unit limit) and
-- the basket (null read as FREE). The history of a beneficiary's next claims is read from the lines.
alter table adjudication_line
    add column consumed_units int,
    add column basket         varchar(10),
    add constraint adjudication_line_consumed check ((consumed_units is null) = (basket is null) and consumed_units > 0);

-- Every consumption row must be its line's: one that is not would count differently once read from the lines, so the
-- migration stops (and changes nothing) rather than lose or alter history.
do $$
declare
    unmatched bigint;
begin
    select count(*) into unmatched from consumption c
    where not exists (select 1 from adjudication_line l
                      where l.claim_id = c.claim_id and l.line_number = c.line_number
                        and l.beneficiary_id = c.beneficiary_id and l.care_category = c.care_category
                        and l.care_date = c.care_date and coalesce(l.side, 'BOTH') = c.side
                        and l.complementary_paid_cents = c.complementary_paid_cents and not l.reversal
                        and l.reversed_by is not distinct from c.reversed_by);
    if unmatched > 0 then
        raise exception '% consumption row(s) match no adjudication line (claim, line, beneficiary, category, care date, side, amount, reversal): fix them before V6', unmatched;
    end if;
end $$;

update adjudication_line l set consumed_units = c.units, basket = c.basket
from consumption c where c.claim_id = l.claim_id and c.line_number = l.line_number;

drop table consumption;

-- One index on (beneficiary, key) instead of two. Every line has an entry (the duplicate check, reversals and the
-- consumption history look lines up by beneficiary); counts_as_paid is true while the mutuelle's payment of the line
-- stands and null otherwise, never false, and nulls never conflict in a unique index: a care line is paid at most once
-- per beneficiary whatever its channel, as the partial index over paid lines guaranteed.
alter table adjudication_line add column counts_as_paid boolean generated always as (
    case when complementary_paid_cents > 0 and not reversal and reversed_by is null then true end) stored;
drop index adjudication_line_paid_once;
drop index adjudication_line_beneficiary_key;
create unique index adjudication_line_paid_once on adjudication_line (beneficiary_id, duplicate_key, counts_as_paid);

-- A line's beneficiary is its claim's: one foreign key to the claim's (beneficiary, claim) says so, and through the
-- claim's own key that the beneficiary exists, with one check per line instead of two. The pair's unique index
-- replaces the claim's index on beneficiary_id, so a claim has no more index entries than before.
alter table adjudication_line
    drop constraint adjudication_line_beneficiary_id_fkey,
    drop constraint adjudication_line_claim_id_fkey;
drop index adjudication_beneficiary;
alter table adjudication add constraint adjudication_beneficiary_claim unique (beneficiary_id, claim_id);
alter table adjudication_line add constraint adjudication_line_claim_fkey foreign key (beneficiary_id, claim_id)
    references adjudication (beneficiary_id, claim_id) on delete cascade;
