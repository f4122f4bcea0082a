alter table program add column end_date date;

-- Every version records the whole program as it stood from effective_from (patient's calendar): status too,
-- so pauses are versions and a plan can be computed for any past window.
alter table program_version add column status varchar(16) default 'ACTIVE' not null;
alter table program_version add column effective_from date;
update program_version set effective_from = (select p.start_date from program p where p.id = program_version.program_id);
alter table program_version alter column effective_from set not null;
alter table program_version add column reason varchar(500);

-- The catalog as progression needs it: default dose, and the easier and harder variants (comma-separated slugs).
alter table known_exercise add column sets_min integer default 1 not null;
alter table known_exercise add column reps_min integer;
alter table known_exercise add column hold_seconds_min integer;
alter table known_exercise add column hold_seconds_max integer;
alter table known_exercise add column per_side boolean default false not null;
alter table known_exercise add column easier varchar(500);
alter table known_exercise add column harder varchar(500);

-- Sessions followed, from session.events, and what each did per exercise.
create table tracked_session (
    session_id      uuid         not null primary key,
    program_id      uuid         not null,
    program_version integer      not null,
    patient_id      varchar(200) not null,
    completed_at    timestamp with time zone
);
create index tracked_session_program on tracked_session (program_id, completed_at);

create table exercise_performance (
    session_id     uuid        not null references tracked_session (session_id),
    exercise       varchar(80) not null,
    sets_at_dose   integer     not null,
    max_pain       integer     not null,
    warning_pain   boolean     not null,
    primary key (session_id, exercise)
);

-- Sets seen per session, so a set counts once towards the dose whatever the side.
create table performed_set (
    session_id  uuid        not null references tracked_session (session_id),
    exercise    varchar(80) not null,
    set_number  integer     not null,
    primary key (session_id, exercise, set_number)
);

create table proposal (
    id              uuid          not null primary key,
    program_id      uuid          not null references program (id),
    based_on        integer       not null,
    exercise        varchar(80),
    kind            varchar(32)   not null,
    target_exercise varchar(80),
    new_sets        integer,
    new_hold        integer,
    reason          varchar(1000) not null,
    status          varchar(16)   not null,
    created_at      timestamp with time zone not null,
    decided_at      timestamp with time zone,
    decided_by      varchar(200)
);
create index proposal_program on proposal (program_id, status);
