-- Each version of a program with the day it took effect, so a week is scheduled by the versions in force
-- (schedule changes mid-week, pauses and the end handled).
alter table patient_program add column end_date date;

create table patient_program_version (
    program_id      uuid        not null references patient_program (program_id),
    version         integer     not null,
    effective_from  date        not null,
    active          boolean     not null,
    schedule_kind   varchar(16) not null,
    times_per_day   integer,
    min_per_week    integer,
    max_per_week    integer,
    non_consecutive boolean     not null,
    weekdays        varchar(100),
    primary key (program_id, version)
);

insert into patient_program_version (program_id, version, effective_from, active, schedule_kind, times_per_day,
                                     min_per_week, max_per_week, non_consecutive, weekdays)
select program_id, version, start_date, true, schedule_kind, times_per_day, min_per_week, max_per_week,
       non_consecutive, weekdays
from patient_program;
