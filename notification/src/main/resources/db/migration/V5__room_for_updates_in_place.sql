-- A claim's lines are written when it is analysed and their amounts set once it is adjudicated; its timeline row changes
-- at every step. Room left in each page lets PostgreSQL keep the new version on the same page (a HOT update, no new
-- index entries) instead of writing every line's index entries again. Applies to pages written from now on.
alter table claim_line set (fillfactor = 70);
alter table claim_timeline set (fillfactor = 80);
