-- The lines and steps are written by the service's own JSON mapper and read back by it: the json type parsed them again
-- at each of a claim's three writes. The privacy export, the one query that looks inside, casts them.
alter table claim_timeline alter column lines type text, alter column steps type text;
