-- Tables for bench/session-writes.sh's raw PostgreSQL runs, in a schema of their own beside the platform's: the same
-- columns, constraints and indexes as session-service's (copied from its schema as it is now), the same foreign key.
create schema if not exists bench_raw;
drop table if exists bench_raw.session_set, bench_raw.outbox_event, bench_raw.idempotency_record,
    bench_raw.exercise_session;
create table bench_raw.exercise_session (like session.exercise_session including all);
create table bench_raw.session_set (like session.session_set including all);
alter table bench_raw.session_set add foreign key (session_id) references bench_raw.exercise_session (id);
create table bench_raw.outbox_event (like session.outbox_event including all);
create table bench_raw.idempotency_record (like session.idempotency_record including all);
create or replace function bench_raw.session_id(n bigint) returns uuid language sql immutable
    as $$ select ('00000000-0000-4000-8000-' || lpad(n::text, 12, '0'))::uuid $$;
