-- The queues (Camunda candidate groups) that have had a task on a file, when each was first
-- offered one and when it last finished one: officers, integrity and directors open and find the
-- files of their queues; the queue that finished a task last is the one a wait on the applicant
-- answers to.
-- The files already in the database get theirs from Camunda's history (V11_1).
create table file_queue (
    application_id bigint      not null references application_file (id),
    queue          varchar(64) not null,
    first_task_at  timestamp with time zone not null,
    last_task_at   timestamp with time zone not null,
    primary key (application_id, queue)
);
create index ix_file_queue_queue on file_queue (queue, application_id);
