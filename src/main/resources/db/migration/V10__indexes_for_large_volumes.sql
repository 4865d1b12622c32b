-- The records check looks for earlier files of the same person: the same passport number, or
-- the same family name (in any case) and date of birth. The family name is compared
-- lower-cased, which the (family_name, date_of_birth) index cannot look up, so each check read
-- the whole of that index: 3.7 ms (200 ms from a cold cache) with 369,000 applicants. The date
-- of birth alone narrows the search to a handful of rows: 0.2 ms.
create index ix_applicant_date_of_birth on applicant (date_of_birth);

-- A deposit batch's payments (read for the batch's page and for the bank's confirmation) were
-- found by reading every payment; with a million payments the data generator's totals of
-- every batch took minutes.
create index ix_payment_deposit_batch on payment (deposit_batch_id);
