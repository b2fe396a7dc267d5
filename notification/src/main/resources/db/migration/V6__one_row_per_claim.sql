-- One row per claim: its lines and steps move into its claim_timeline row, changed in memory and written back with it
-- (one row written per claim and poll instead of a row per line and step, each with its foreign-key check and index
-- entries). json, not jsonb: written whole, cheaper to write, and only this migration and the personal-data export look
-- inside it in SQL.
--   lines: [{"n": 1, "careDate": "2026-03-09", "category": "GP_CONSULTATION", "act": "G", "billed": 3000, "amo": 1900,
--            "mutuelle": 900, "patientShare": 200, "reasons": ["AMO_REPORTED", ...], "rejection": "..."}, ...]
--          amounts in cents; absent keys are null (amounts until adjudication) or empty (reasons)
--   steps: [{"cycle": 0, "status": "RECEIVED", "at": "2026-03-15T09:00:00Z", "event": "<ce_id>"}, ...]
--          once per (cycle, status); a redelivered event adds nothing
-- care_types (distinct, sorted, comma separated) and first_care_date are what lists and statements show of the lines,
-- written from them. in_review_since is set on entering IN_REVIEW and cleared on leaving it: unlike status and
-- status_at, no ordinary step changes it, so the index the review reminders use no longer keeps updates from being HOT.
alter table claim_timeline
    add column lines           json,
    add column steps           json,
    add column care_types      varchar(2000),
    add column first_care_date date,
    add column in_review_since timestamptz;

update claim_timeline c
   set lines = (select json_agg(json_strip_nulls(json_build_object(
                        'n', l.line_number, 'careDate', l.care_date, 'category', l.care_category, 'act', l.act_code,
                        'billed', l.billed_cents, 'amo', l.amo_cents, 'mutuelle', l.complementary_cents,
                        'patientShare', l.patient_share_cents,
                        'reasons', to_json(string_to_array(nullif(l.reasons, ''), ',')),
                        'rejection', l.rejection_code)) order by l.line_number)
                  from claim_line l where l.claim_id = c.claim_id),
       care_types = (select string_agg(t.care_category, ',' order by t.care_category)
                       from (select distinct l.care_category collate "C" as care_category
                               from claim_line l where l.claim_id = c.claim_id) t),
       first_care_date = (select min(l.care_date) from claim_line l where l.claim_id = c.claim_id),
       steps = (select json_agg(json_build_object(
                        'cycle', s.cycle, 'status', s.status,
                        'at', to_char(s.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
                        'event', s.event_id) order by s.occurred_at, s.cycle)
                  from claim_step s where s.claim_id = c.claim_id),
       in_review_since = case when c.status = 'IN_REVIEW' then c.status_at end;

drop table claim_step;
drop table claim_line;

drop index claim_timeline_in_review;
create index claim_timeline_in_review on claim_timeline (in_review_since) where in_review_since is not null;

-- Room for a new version of each row on its page. A poll writes its claims' rows at once, so the rows of a page are
-- usually rewritten together, their new versions (with amounts, one more step) beside the old ones: with the room, on
-- the same page, HOT, no new index entries. A file of 200 five-line claims at 50: 75 % of the updates HOT poll by poll,
-- 100 % in one poll (none at 100); 30 made it 100 % poll by poll but doubled the heap in one poll. Applies to pages
-- written from now on.
alter table claim_timeline set (fillfactor = 50);
