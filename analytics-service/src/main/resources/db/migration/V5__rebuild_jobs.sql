-- Admin rebuilds: the aggregates replayed from program.events and session.events, one job at a time.
create table rebuild_job (
    id              uuid         not null primary key,
    status          varchar(12)  not null,
    requested_by    varchar(200) not null,
    started_at      timestamp with time zone not null,
    finished_at     timestamp with time zone,
    program_events  integer      not null,
    session_events  integer      not null,
    unreadable      integer      not null,
    error           varchar(1000)
);
