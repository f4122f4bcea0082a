-- Before each raw run: empty tables and the live runs' 400 sessions, as session-writes.sh starts fresh sessions.
truncate bench_raw.session_set, bench_raw.outbox_event, bench_raw.idempotency_record, bench_raw.exercise_session;
insert into bench_raw.exercise_session (id, patient_id, clinic_id, program_id, program_version, planned_date, state,
        sets_prescribed, started_at, updated_at)
    select bench_raw.session_id(n), 'a11ce000-0000-4000-8000-000000000001', 'clinic-north', gen_random_uuid(), 1,
        current_date, 'IN_PROGRESS', 9, now(), now()
    from generate_series(1, 400) n;
analyze bench_raw.exercise_session, bench_raw.session_set, bench_raw.outbox_event, bench_raw.idempotency_record;
