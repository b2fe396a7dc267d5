-- duplicate_key no longer hashes the beneficiary's NIR in (an unkeyed hash of it could be reversed by trying the NIRs
-- of a birth date): lines are only compared within one beneficiary. Same string as DuplicateKey.of, from the row's
-- own columns; a reversal line's columns are those of the line it matched, so it keeps that line's key.
update adjudication_line set duplicate_key = encode(sha256(convert_to(concat_ws('|',
        to_char(care_date, 'YYYY-MM-DD'), care_category, act_code, coalesce(practitioner_id, ''), billed_cents::text,
        base_cents::text, quantity::text, coalesce(side, '')), 'UTF8')), 'hex');
