-- One set per transaction, as session-service writes a set alone: read the session, look the Idempotency-Key up,
-- insert the set, its outbox event and the stored answer. Rows are the size of session-service's.
\set s random(1, 400)
\set k :k + 1
BEGIN;
SELECT id, patient_id, clinic_id, program_id, program_version, planned_date, state, sets_prescribed, started_at,
    ended_at, updated_at FROM bench_raw.exercise_session WHERE id = bench_raw.session_id(:s);
SELECT caller_id, idempotency_key, fingerprint, status, location, body, created_at FROM bench_raw.idempotency_record
    WHERE caller_id = 'a11ce000-0000-4000-8000-000000000001' AND idempotency_key = 'raw-' || CAST(:client_id AS int) || '-' || CAST(:k AS bigint);
INSERT INTO bench_raw.session_set (id, session_id, exercise, set_number, side, reps, hold_seconds, effort, occurred_at)
    VALUES (gen_random_uuid(), bench_raw.session_id(:s), 'cat-cow', :client_id * 10000000 + :k, 'both', 12, NULL,
        NULL, now());
INSERT INTO bench_raw.outbox_event (event_id, topic, record_key, event_type, subject, occurred_at, payload, created_at)
    VALUES (gen_random_uuid(), 'session.events', 'a11ce000-0000-4000-8000-000000000001',
        'org.lumbar.session.set-completed.v1', bench_raw.session_id(:s)::text, now(),
        jsonb_build_object('sessionId', bench_raw.session_id(:s), 'patientId', 'a11ce000-0000-4000-8000-000000000001',
            'exercise', 'cat-cow', 'setNumber', CAST(:k AS bigint), 'side', 'both', 'reps', 12, 'holdSeconds', NULL,
            'occurredAt', now())::text, now());
INSERT INTO bench_raw.idempotency_record (caller_id, idempotency_key, fingerprint, status, location, body, created_at)
    VALUES ('a11ce000-0000-4000-8000-000000000001', 'raw-' || CAST(:client_id AS int) || '-' || CAST(:k AS bigint),
        md5(CAST(:k AS text)) || md5(CAST(:client_id AS text)), 201, NULL,
        jsonb_build_object('id', gen_random_uuid(), 'exercise', 'cat-cow', 'setNumber', CAST(:k AS bigint), 'side', 'both',
            'reps', 12, 'holdSeconds', NULL, 'effort', NULL, 'occurredAt', now())::text, now());
END;
