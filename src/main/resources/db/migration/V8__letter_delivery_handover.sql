-- An email's delivery row is now written in two steps: HANDED_OVER just before the end of the
-- message goes to the mail server, SENT once the server has accepted it. A row left
-- HANDED_OVER (the node stopped, or the connection broke, at that moment) is never sent again
-- by itself: an operator looks its Message-ID up in the mail server's log and confirms it.
alter table letter_delivery add column status varchar(20) default 'SENT' not null;
alter table letter_delivery add column file_number varchar(40);
alter table letter_delivery add column letter_type varchar(40);
alter table letter_delivery add column confirmed_by varchar(100);
alter table letter_delivery add column confirmed_at timestamp with time zone;

update letter_delivery d set
    letter_type = (select l.letter_type from letter l where l.idempotency_key = d.idempotency_key),
    file_number = (select f.file_number from letter l join application_file f on f.id = l.application_id
                   where l.idempotency_key = d.idempotency_key);

create index ix_letter_delivery_status on letter_delivery (status);
