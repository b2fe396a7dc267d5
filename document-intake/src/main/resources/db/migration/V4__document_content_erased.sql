-- Set when an erasure deleted the document's bytes; its sha256 is then replaced, so the same bytes sent again later
-- make a new document instead of pointing at bytes that are gone.
alter table document add column content_erased_at timestamptz;
