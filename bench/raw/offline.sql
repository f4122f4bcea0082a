-- An offline upload as one multi-row insert per table: the session, its 450 sets, their 452 outbox events (started,
-- every set, completed), and the session completed.
\set k :k + 1
BEGIN;
INSERT INTO bench_raw.exercise_session (id, patient_id, clinic_id, program_id, program_version, planned_date, state,
        sets_prescribed, started_at, updated_at)
    VALUES (md5('offline-' || CAST(:client_id AS int) || '-' || CAST(:k AS bigint))::uuid, 'a11ce000-0000-4000-8000-000000000001', 'clinic-north',
        gen_random_uuid(), 1, current_date, 'IN_PROGRESS', 9, now(), now());
INSERT INTO bench_raw.session_set (id, session_id, exercise, set_number, side, reps, hold_seconds, effort, occurred_at)
    SELECT gen_random_uuid(), md5('offline-' || CAST(:client_id AS int) || '-' || CAST(:k AS bigint))::uuid,
        (ARRAY['pelvic-tilt', 'cat-cow', 'knee-to-chest'])[i % 3 + 1], (i / 3) % 50 + 1,
        (ARRAY['left', 'right', 'both'])[i / 150 + 1], 12, NULL, NULL, now() FROM generate_series(0, 449) i;
INSERT INTO bench_raw.outbox_event (event_id, topic, record_key, event_type, subject, occurred_at, payload, created_at)
    SELECT gen_random_uuid(), 'session.events', 'a11ce000-0000-4000-8000-000000000001',
        'org.lumbar.session.set-completed.v1', md5('offline-' || CAST(:client_id AS int) || '-' || CAST(:k AS bigint)), now(),
        jsonb_build_object('sessionId', md5('offline-' || CAST(:client_id AS int) || '-' || CAST(:k AS bigint))::uuid,
            'patientId', 'a11ce000-0000-4000-8000-000000000001', 'exercise', 'cat-cow', 'setNumber', i, 'side', 'both',
            'reps', 12, 'holdSeconds', NULL, 'occurredAt', now())::text, now() FROM generate_series(0, 451) i;
UPDATE bench_raw.exercise_session SET state = 'COMPLETED', ended_at = now(), updated_at = now()
    WHERE id = md5('offline-' || CAST(:client_id AS int) || '-' || CAST(:k AS bigint))::uuid;
END;
