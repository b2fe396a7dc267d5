-- A claim's row (about 2 kB with its lines and steps) is rewritten at each step: compressing it whenever it passed 2 kB
-- cost more CPU than it saved in pages. Up to a full page, rows stay as written.
alter table claim_timeline set (toast_tuple_target = 8160);
