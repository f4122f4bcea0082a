-- Who read which patient's data, when: every read by a clinician of another person's data is recorded.
create table audit_entry (
    id          uuid         not null primary key,
    actor_id    varchar(200) not null,
    actor_clinic varchar(100),
    patient_id  varchar(200) not null,
    action      varchar(500) not null,
    at          timestamp with time zone not null
);
create index audit_entry_patient on audit_entry (patient_id, at);
create index audit_entry_actor on audit_entry (actor_id, at);
