-- What session-service knows of programs (from program.events, or fetched from program-service once).
create table program_snapshot (
    program_id      uuid            not null,
    version         integer         not null,
    patient_id      varchar(200)    not null,
    clinic_id       varchar(100),
    time_zone       varchar(60)     not null,
    items           varchar(100000) not null,
    sets_prescribed integer         not null,
    primary key (program_id, version)
);

-- What session-service knows of the catalog (from catalog.exercises): names and the easier variant to suggest.
create table catalog_exercise (
    slug        varchar(80)  not null primary key,
    name        varchar(120) not null,
    easier_slug varchar(80),
    retired     boolean      not null,
    version     bigint       not null
);

create table exercise_session (
    id              uuid         not null primary key,
    patient_id      varchar(200) not null,
    clinic_id       varchar(100),
    program_id      uuid,
    program_version integer,
    planned_date    date,
    state           varchar(16)  not null,
    sets_prescribed integer      not null,
    started_at      timestamp with time zone not null,
    ended_at        timestamp with time zone,
    updated_at      timestamp with time zone not null
);
create index exercise_session_patient on exercise_session (patient_id, started_at);

create table session_set (
    id           uuid        not null primary key,
    session_id   uuid        not null references exercise_session (id),
    exercise     varchar(80) not null,
    set_number   integer     not null,
    side         varchar(8)  not null,
    reps         integer,
    hold_seconds integer,
    effort       integer,
    occurred_at  timestamp with time zone not null,
    constraint session_set_once unique (session_id, exercise, set_number, side)
);

create table pain_report (
    id          uuid         not null primary key,
    session_id  uuid         not null references exercise_session (id),
    exercise    varchar(80),
    score       integer      not null,
    timing      varchar(8)   not null,
    quality     varchar(16),
    location    varchar(200),
    red_flags   varchar(200),
    guidance    varchar(32)  not null,
    alert       boolean      not null,
    occurred_at timestamp with time zone not null
);
create index pain_report_session on pain_report (session_id);
