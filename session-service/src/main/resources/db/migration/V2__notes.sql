-- Free-text notes of a session: how it felt, the "non-scale victories" the seeds suggest writing down.
create table session_note (
    id          uuid          not null primary key,
    session_id  uuid          not null references exercise_session (id),
    text        varchar(2000) not null,
    occurred_at timestamp with time zone not null
);
create index session_note_session on session_note (session_id);

-- Abandoned sessions record why; idle ones are found by their last change.
alter table exercise_session add column end_reason varchar(16);
create index exercise_session_idle on exercise_session (state, updated_at);
