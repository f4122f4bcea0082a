-- Corrections to the V2 content after checking it against the seeds in shared/seeds. V1 and V2 may already be
-- applied, so they stay as they are. Every corrected exercise gets a new version, which puts it on
-- catalog.exercises again at the next start (ExerciseService.publishPending).

-- 1. Knee-to-chest, "hold 30 seconds on each side, repeat twice" (000): one set of two held repetitions, the
--    reading docs/architecture.md fixes for the whole platform and program-service's Gentle Relief template uses
--    (1 set, 2 reps, 30 s). V2 had stored it as two sets without repetitions. The towel modification shares it.
update exercise set sets_min = 1, sets_max = 1, reps_min = 2, reps_max = 2
 where slug in ('knee-to-chest', 'knee-to-chest-towel');

-- 2. No seed makes the side plank a progression of the forearm plank. The link also made the forearm plank the
--    first easier variant of the side plank, the one offered as "the modification" on sharp pain, while the seed's
--    modification is the bent-knee side plank (000).
delete from exercise_link where from_slug = 'forearm-plank' and kind = 'harder' and to_slug = 'side-plank';
delete from exercise_link where from_slug = 'side-plank' and kind = 'easier' and to_slug = 'forearm-plank';

-- 3. The bird-dog is three stages in the seed (002): legs only, then arms only, then opposite arm and leg. The
--    links that skipped the middle stage are dropped so the chain reads leg only -> arm only -> bird-dog -> crunch.
delete from exercise_link where from_slug = 'bird-dog-leg-only' and kind = 'harder' and to_slug = 'bird-dog';
delete from exercise_link where from_slug = 'bird-dog' and kind = 'easier' and to_slug = 'bird-dog-leg-only';

update exercise set version = version + 1, updated_at = current_timestamp
 where slug in ('knee-to-chest', 'knee-to-chest-towel', 'forearm-plank', 'side-plank', 'bird-dog-leg-only', 'bird-dog');
