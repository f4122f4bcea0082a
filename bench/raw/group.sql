-- :g sets per transaction, as session-service commits a group of concurrent set writes: one read of the group's
-- sessions, one of its Idempotency-Keys, one insert per table.
\set s random(1, 400)
\set k :k + 1
BEGIN;
SELECT id, patient_id, clinic_id, program_id, program_version, planned_date, state, sets_prescribed, started_at,
    ended_at, updated_at FROM bench_raw.exercise_session
    WHERE id = ANY (ARRAY(SELECT bench_raw.session_id((:s + i) % 400 + 1) FROM generate_series(1, :g) i));
SELECT caller_id, idempotency_key, fingerprint, status, location, body, created_at FROM bench_raw.idempotency_record
    WHERE caller_id = ANY (ARRAY['a11ce000-0000-4000-8000-000000000001'])
    AND idempotency_key = ANY (ARRAY(SELECT 'raw-' || CAST(:client_id AS int) || '-' || CAST(:k AS bigint) || '-' || i
        FROM generate_series(1, :g) i));
INSERT INTO bench_raw.session_set (id, session_id, exercise, set_number, side, reps, hold_seconds, effort, occurred_at)
    SELECT gen_random_uuid(), bench_raw.session_id((:s + i) % 400 + 1), 'cat-cow', :client_id * 10000000 + :k * 64 + i,
        'both', 12, NULL, NULL, now() FROM generate_series(1, :g) i;
INSERT INTO bench_raw.outbox_event (event_id, topic, record_key, event_type, subject, occurred_at, payload, created_at)
    SELECT gen_random_uuid(), 'session.events', 'a11ce000-0000-4000-8000-000000000001',
        'org.lumbar.session.set-completed.v1', bench_raw.session_id((:s + i) % 400 + 1)::text, now(),
        jsonb_build_object('sessionId', bench_raw.session_id((:s + i) % 400 + 1), 'patientId',
            'a11ce000-0000-4000-8000-000000000001', 'exercise', 'cat-cow', 'setNumber', CAST(:k AS bigint), 'side', 'both',
            'reps', 12, 'holdSeconds', NULL, 'occurredAt', now())::text, now() FROM generate_series(1, :g) i;
INSERT INTO bench_raw.idempotency_record (caller_id, idempotency_key, fingerprint, status, location, body, created_at)
    SELECT 'a11ce000-0000-4000-8000-000000000001', 'raw-' || CAST(:client_id AS int) || '-' || CAST(:k AS bigint) || '-' || i,
        md5(CAST(:k AS text) || i) || md5(CAST(:client_id AS text)), 201, NULL,
        jsonb_build_object('id', gen_random_uuid(), 'exercise', 'cat-cow', 'setNumber', CAST(:k AS bigint), 'side', 'both',
            'reps', 12, 'holdSeconds', NULL, 'effort', NULL, 'occurredAt', now())::text, now()
        FROM generate_series(1, :g) i;
END;
