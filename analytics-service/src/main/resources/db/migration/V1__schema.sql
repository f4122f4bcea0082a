-- Programs as analytics needs them: whose, which clinic, and the schedule that says how many sessions are due.
create table patient_program (
    program_id      uuid         not null primary key,
    patient_id      varchar(200) not null,
    clinic_id       varchar(100),
    version         integer      not null,
    time_zone       varchar(60)  not null,
    start_date      date         not null,
    schedule_kind   varchar(16)  not null,
    times_per_day   integer,
    min_per_week    integer,
    max_per_week    integer,
    non_consecutive boolean      not null,
    weekdays        varchar(100),
    assigned_at     timestamp with time zone not null
);
create index patient_program_patient on patient_program (patient_id);

-- One row per patient and ISO week, updated by each event with constant work.
create table weekly_stats (
    patient_id         varchar(200) not null,
    iso_week           varchar(8)   not null,
    sessions_completed integer      not null,
    sets_done          integer      not null,
    sets_prescribed    integer      not null,
    pain_before_sum    integer      not null,
    pain_before_count  integer      not null,
    pain_after_sum     integer      not null,
    pain_after_count   integer      not null,
    primary key (patient_id, iso_week)
);
