-- Uploaded documents: who the document says it belongs to, what was uploaded, and the bytes,
-- stored once per content (SHA-256) in the database, in the same transaction as the record.

alter table document add column holder_family_name varchar(100);
alter table document add column holder_given_names varchar(150);
alter table document add column holder_date_of_birth date;
alter table document add column file_name varchar(255);
alter table document add column content_type varchar(50);
alter table document add column size_bytes bigint;
alter table document add column sha256 varchar(64);
create index ix_document_sha256 on document (application_id, sha256);

create table document_content (
    sha256  varchar(64) primary key,
    content bytea       not null
);

-- the facts a problem sentence quotes (dates, numbers), so letters can say it in either language
alter table checklist_item add column detail varchar(300);
alter table checklist_item add column blocking boolean default true not null;
