-- Every payload is JSON before it reaches the table: the event codec writes it, and a replay parses a corrected one
-- before accepting it. The json type parsed each payload again on insert (about 7 µs for a ClaimAdjudicated with its
-- lines, five events per claim) for a row the relay deletes a moment later.
alter table outbox_event alter column payload type text;
