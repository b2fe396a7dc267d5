-- A claim's lines are written when it is analysed and their amounts set once it is adjudicated. Room left in each page
-- lets PostgreSQL keep the new version on the same page (a HOT update, no new index entries) instead of writing the
-- line's index entries again. Applies to pages written from now on. (claim_timeline would not gain: its rows change
-- status at every step, and status is in the predicate of one of its indexes.)
alter table claim_line set (fillfactor = 70);
