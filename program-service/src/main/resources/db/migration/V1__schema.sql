-- What program-service knows of the catalog, fed by catalog.exercises (latest version per slug).
create table known_exercise (
    slug        varchar(80)  not null primary key,
    name        varchar(120) not null,
    retired     boolean      not null,
    version     bigint       not null,
    updated_at  timestamp with time zone not null
);

-- Read-only program templates from the seeds.
create table program_template (
    id               varchar(60)   not null primary key,
    name             varchar(120)  not null,
    goal             varchar(1000) not null,
    frequency        varchar(500)  not null,
    minutes_min      integer       not null,
    minutes_max      integer       not null,
    schedule_kind    varchar(16)   not null,
    times_per_day    integer,
    min_per_week     integer,
    max_per_week     integer,
    non_consecutive  boolean       not null,
    weekdays         varchar(100),
    notes            varchar(1000),
    sources          varchar(500)  not null
);

create table program_template_item (
    template_id       varchar(60)  not null references program_template (id),
    position          integer      not null,
    exercise          varchar(80)  not null,
    sets_min          integer      not null,
    sets_max          integer      not null,
    reps_min          integer,
    reps_max          integer,
    hold_seconds_min  integer,
    hold_seconds_max  integer,
    per_side          boolean      not null,
    notes             varchar(500),
    primary key (template_id, position)
);

create table program (
    id              uuid         not null primary key,
    patient_id      varchar(200) not null,
    clinic_id       varchar(100),
    clinician_id    varchar(200),
    template_id     varchar(60),
    time_zone       varchar(60)  not null,
    start_date      date         not null,
    status          varchar(16)  not null,
    current_version integer      not null,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null
);
create index program_patient on program (patient_id);

-- Every change of a program is a new, immutable version; sessions refer to the version they followed.
create table program_version (
    program_id      uuid           not null references program (id),
    version         integer        not null,
    schedule_kind   varchar(16)    not null,
    times_per_day   integer,
    min_per_week    integer,
    max_per_week    integer,
    non_consecutive boolean        not null,
    weekdays        varchar(100),
    items           varchar(100000) not null,
    created_at      timestamp with time zone not null,
    created_by      varchar(200)   not null,
    primary key (program_id, version)
);
