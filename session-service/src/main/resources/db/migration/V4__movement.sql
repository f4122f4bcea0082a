-- Walks and other aerobic activity a patient records outside the program, toward the weekly movement goal
-- (rule schedule.weekly-movement-goal); the client's id makes a retried or offline-replayed record count once.
create table movement (
    id          uuid         not null primary key,
    patient_id  varchar(200) not null,
    kind        varchar(16)  not null,
    minutes     integer      not null,
    occurred_at timestamp with time zone not null,
    recorded_at timestamp with time zone not null
);
create index movement_patient on movement (patient_id, occurred_at);
