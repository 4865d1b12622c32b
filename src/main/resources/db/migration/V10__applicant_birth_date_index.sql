-- The records check looks for earlier files of the same person: the same passport number, or
-- the same family name (in any case) and date of birth. The family name is compared
-- lower-cased, which the (family_name, date_of_birth) index cannot serve, so with hundreds of
-- thousands of applicants each check read the whole table. The date of birth alone narrows
-- the search to a handful of rows, and the passport index serves the other half of the test.
create index ix_applicant_date_of_birth on applicant (date_of_birth);
