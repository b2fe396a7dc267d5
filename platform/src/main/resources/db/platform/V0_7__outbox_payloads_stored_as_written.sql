-- A row lives from its insert to the relay's delete a moment later: compressing a payload over 2 kB (a ClaimAdjudicated
-- with its lines) on insert, to decompress it when publishing, was work for nothing. Up to a full page, rows stay as
-- written; larger ones are still compressed and moved out of line.
alter table outbox_event set (toast_tuple_target = 8160);
