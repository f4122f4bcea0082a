-- An alert names the clinical rule that raised it (docs/clinical-rules.md): the pain rule that answered the report
-- for session alerts, the alert rule itself for trend and inactivity alerts.
alter table alert add column rule_id varchar(64);

-- A session adds one pain score before and one after to its week's means, the last given (the ones the session
-- shows; rule pain-trend.one-score-per-session): the track keeps them to replace an earlier one.
alter table session_track add column pain_before integer;
alter table session_track add column pain_after integer;

-- The Patient-Specific Functional Scale, weekly (rule psfs.mcid): each response with its score and week.
create table psfs_response (
    id          uuid          not null primary key,
    patient_id  varchar(200)  not null,
    iso_week    varchar(8)    not null,
    authored_at timestamp with time zone not null,
    score       double precision not null,
    response    varchar(8000) not null
);
create index psfs_response_patient on psfs_response (patient_id, authored_at);

-- The weekly movement goal (rule schedule.weekly-movement-goal): minutes of walks and other aerobic activity, and
-- completed sessions with strengthening work.
alter table weekly_stats add column aerobic_minutes integer default 0 not null;
alter table weekly_stats add column strength_sessions integer default 0 not null;
