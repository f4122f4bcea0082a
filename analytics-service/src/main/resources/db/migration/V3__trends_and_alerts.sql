-- Who a patient is to analytics: their clinic and time zone (from their latest program event), when their first
-- program started, when they last completed a session, and which weeks their pain series start and end in.
create table patient_profile (
    patient_id           varchar(200) not null primary key,
    clinic_id            varchar(100),
    time_zone            varchar(60)  not null,
    profile_at           timestamp with time zone,
    first_program_start  date,
    last_session_on      date,
    last_session_at      timestamp with time zone,
    first_pain_week_before varchar(8),
    first_pain_week_after  varchar(8),
    latest_pain_week     varchar(8)
);
create index patient_profile_clinic on patient_profile (clinic_id);

insert into patient_profile (patient_id, clinic_id, time_zone, profile_at, first_program_start)
select p.patient_id, max(p.clinic_id), max(p.time_zone), max(p.assigned_at), min(p.start_date)
from patient_program p
group by p.patient_id;

-- Dose adherence counts every session that ended (completed or abandoned) against what it prescribed.
alter table weekly_stats add column sessions_abandoned integer default 0 not null;
alter table weekly_stats add column dose_sets_done integer default 0 not null;
alter table weekly_stats add column dose_sets_prescribed integer default 0 not null;

-- One row per session: the day it belongs to (its planned date, or the day it started in the patient's calendar),
-- whether it counted, and what the alert rules need to know about it.
create table session_track (
    session_id        uuid         not null primary key,
    patient_id        varchar(200) not null,
    program_id        uuid,
    session_day       date         not null,
    state             varchar(12)  not null,
    counted           boolean      not null,
    sets_completed    integer,
    sets_prescribed   integer,
    max_pain          integer,
    red_flag          boolean      not null,
    warning_exercises varchar(1000),
    ended_at          timestamp with time zone
);
create index session_track_patient_day on session_track (patient_id, session_day);

-- Every pain score (the FHIR observations), keyed by the id of the event that reported it.
create table pain_score (
    event_id     varchar(200) not null primary key,
    patient_id   varchar(200) not null,
    session_id   uuid         not null,
    exercise     varchar(80),
    score        integer      not null,
    timing       varchar(8)   not null,
    quality      varchar(20),
    occurred_at  timestamp with time zone not null
);
create index pain_score_patient on pain_score (patient_id, occurred_at);

-- Best set of each exercise per patient and ISO week.
create table exercise_week (
    patient_id        varchar(200) not null,
    exercise          varchar(80)  not null,
    iso_week          varchar(8)   not null,
    sets_done         integer      not null,
    best_reps         integer,
    best_hold_seconds integer,
    primary key (patient_id, exercise, iso_week)
);

-- Alerts: one row per episode. open_key is "<patient>/<rule>" while the episode lasts and null once cleared, so a
-- second open alert of the same rule for the same patient cannot exist.
create table alert (
    id               uuid         not null primary key,
    patient_id       varchar(200) not null,
    clinic_id        varchar(100),
    rule             varchar(40)  not null,
    severity         varchar(10)  not null,
    severity_rank    integer      not null,
    reason           varchar(500) not null,
    session_id       uuid,
    pain_score       integer,
    raised_at        timestamp with time zone not null,
    open_key         varchar(260) unique,
    acknowledged_at  timestamp with time zone,
    acknowledged_by  varchar(200),
    cleared_at       timestamp with time zone,
    cleared_reason   varchar(500)
);
create index alert_clinic on alert (clinic_id, raised_at);
create index alert_patient on alert (patient_id, raised_at);

-- Weeks whose progress has been published on progress.events.
create table weekly_report (
    patient_id   varchar(200) not null,
    iso_week     varchar(8)   not null,
    reported_at  timestamp with time zone not null,
    primary key (patient_id, iso_week)
);
