-- Lumbar exercise catalog: initial content.
-- Facts (exercise names, doses, variants, cautions) come from the seed articles in shared/seeds;
-- all wording is original. Where seeds give different doses for the same exercise the dose is the
-- widest range (lowest minimum, highest maximum). Exercises whose seeds give no dose keep reps and
-- hold times null with a single set. Portable SQL for H2 2.x and PostgreSQL 15.

-- ===== exercise =====
insert into exercise (slug, name, category, body_position, level, flare_up_safe, purpose, setup, breathing_cue, sets_min, sets_max, reps_min, reps_max, hold_seconds_min, hold_seconds_max, duration_seconds_min, duration_seconds_max, per_side) values
-- pelvic-tilt
    ('pelvic-tilt', 'Pelvic Tilt', 'mobility', 'supine', 1, true, 'A very small rocking motion of the pelvis that loosens a stiff lower back and switches on the deep abdominal muscles. One of the first moves to use, including on flare-up days.', 'Lie face up on a mat with knees bent, feet flat and roughly hip-width apart, arms relaxed beside you. The lower back keeps its small natural arch.', 'Breathe out while the back presses down; breathe in while it returns to neutral.', 1, 1, 10, 12, 3, 5, null, null, false),
-- cat-cow
    ('cat-cow', 'Cat-Cow', 'mobility', 'quadruped', 1, true, 'Takes the whole spine slowly between rounding and arching to ease stiffness and restore spinal flexibility. Gentle enough for flare-up days.', 'Get onto hands and knees with the palms below the shoulders and the knees below the hips, back level and neck relaxed.', 'Inhale into the arched (cow) shape and exhale into the rounded (cat) shape; let the breath set the speed.', 1, 1, 10, 15, null, null, null, null, false),
-- knee-to-chest
    ('knee-to-chest', 'Single Knee-to-Chest Stretch', 'stretch', 'supine', 1, true, 'A passive stretch that relieves tightness across the low back and buttocks. Included in the gentle flare-day routine and often the first stretch suggested to people starting back exercise.', 'Lie face up, both knees bent, both feet resting flat on the mat.', 'Breathe slowly and deeply through the whole hold, letting the back relax a little more on each exhale.', 2, 2, null, null, 10, 30, null, null, true),
-- knee-to-chest-towel
    ('knee-to-chest-towel', 'Towel-Assisted Knee-to-Chest Stretch', 'stretch', 'supine', 1, true, 'The single knee-to-chest stretch for people who cannot comfortably reach the shin: a towel looped behind the thigh does the pulling.', 'Lie face up, knees bent, feet resting on the mat, with a towel close by.', 'Breathe slowly and evenly while you hold the stretch.', 2, 2, null, null, 20, 30, null, null, true),
-- knee-to-chest-extended-leg
    ('knee-to-chest-extended-leg', 'Knee-to-Chest Stretch with Straight Leg', 'stretch', 'supine', 1, false, 'A deeper version of the single knee-to-chest stretch in which the resting leg lies straight on the floor instead of bent.', 'Lie face up with both legs long on the mat.', 'Keep the breath calm and slow through the hold.', 1, 1, null, null, 10, 15, null, null, true),
-- double-knee-to-chest
    ('double-knee-to-chest', 'Double Knee-to-Chest Stretch', 'stretch', 'supine', 1, false, 'Progression of the single knee-to-chest stretch: both knees come toward the chest together for a fuller stretch through the low back and buttocks. Try it once the single-leg version feels easy.', 'Lie face up, knees bent, soles resting on the mat.', 'Breathe slowly and let the lower back soften as you exhale.', 1, 1, null, null, 20, 30, null, null, false),
-- bird-dog-leg-only
    ('bird-dog-leg-only', 'Bird-Dog (Leg Only)', 'core-stability', 'quadruped', 1, false, 'The easiest bird-dog stage: one leg reaches back at a time while both hands stay down, building trunk control for preventing and recovering from back pain.', 'Hands and knees, shoulders above the wrists, knees below the hips, back flat and eyes on the floor.', 'Exhale as the leg reaches back; inhale as it returns.', 1, 1, null, null, null, null, null, null, true),
-- bird-dog-arm-only
    ('bird-dog-arm-only', 'Bird-Dog (Arm Only)', 'core-stability', 'quadruped', 1, false, 'The second bird-dog stage: once the leg reaches are controlled, the arms reach forward one at a time while both knees stay down.', 'Hands and knees, shoulders above the wrists, knees below the hips, back flat and eyes on the floor.', 'Exhale as the arm reaches forward; inhale as it comes back.', 1, 1, null, null, null, null, null, null, true),
-- bird-dog
    ('bird-dog', 'Bird-Dog', 'core-stability', 'quadruped', 2, false, 'Opposite arm and leg reach away while the trunk stays still, teaching the core to resist twisting and arching. Strengthens the core, glutes and spinal stabilisers.', 'Hands and knees with the wrists below the shoulders and the knees below the hips; back flat and gaze on the floor so the neck stays neutral.', 'Exhale as you reach out, breathe normally in the short hold, inhale as you come back.', 2, 2, 8, 12, 2, 5, null, null, true),
-- bird-dog-crunch
    ('bird-dog-crunch', 'Bird-Dog with Crunch', 'core-stability', 'quadruped', 3, false, 'An advanced bird-dog for lower-back weakness: after the reach, the elbow and the opposite knee draw together under the body for an extra core contraction.', 'Hands and knees with the hands below the shoulders and the knees below the hips.', 'Exhale as the elbow and knee come together; inhale as you reach out again.', 1, 1, null, null, null, null, null, null, true),
-- glute-bridge
    ('glute-bridge', 'Glute Bridge', 'core-stability', 'supine', 2, false, 'Wakes up and strengthens the glutes and hamstrings so they share the load the lower back often takes on when they are weak; also helps hip mobility.', 'Lie face up with knees bent, feet flat and hip-width apart, arms resting by your sides.', 'Exhale as the hips rise; inhale as they lower.', 2, 2, 10, 15, 3, 5, null, null, false),
-- bridge-transverse-activation
    ('bridge-transverse-activation', 'Bridge with Transverse Abdominis Activation', 'core-stability', 'supine', 2, false, 'Joins the deep-core (transverse abdominis) contraction to a bridge so the core stays switched on while the glutes lift the hips.', 'Lie face up, knees bent, soles on the mat; find the transverse abdominis contraction first.', 'Keep breathing steadily while the contraction is held; do not hold your breath.', 1, 1, null, null, null, null, null, null, false),
-- bridge-leg-lift
    ('bridge-leg-lift', 'Bridge with Leg Lift', 'core-stability', 'supine', 3, false, 'A demanding bridge progression that strengthens the low back and glutes: with the hips raised, one foot lifts slightly so the other side has to hold the pelvis steady.', 'Lie face up, knees bent, soles on the mat.', 'Breathe out as the foot lifts; keep breathing during the short hold.', 1, 1, null, null, 2, 2, null, null, true),
-- dead-bug-leg-only
    ('dead-bug-leg-only', 'Dead Bug (Leg Only)', 'core-stability', 'supine', 1, false, 'The entry version of the dead bug: only one leg moves at a time while the back stays flat, working the core with little risk to the back.', 'Lie face up, hips and knees both at 90 degrees so the knees sit above the hips; arms reach to the ceiling with wrists above the shoulders.', 'Exhale as the leg lowers; inhale as it comes back.', 1, 1, null, null, null, null, null, null, true),
-- dead-bug
    ('dead-bug', 'Dead Bug', 'core-stability', 'supine', 2, false, 'Opposite arm and leg lower together while the spine stays neutral, challenging the deep core stabilisers. A back-friendly alternative to crunches and sit-ups.', 'Lie face up with the arms pointing to the ceiling and the knees bent at 90 degrees, stacked above the hips.', 'Exhale as the arm and leg lower; inhale as they return.', 1, 1, null, null, null, null, null, null, true),
-- forearm-plank
    ('forearm-plank', 'Forearm Plank', 'core-stability', 'prone', 2, false, 'Builds core endurance and teaches the trunk to brace around the spine without the disc pressure that crunches create.', 'Lie face down, then come up onto the forearms with elbows below the shoulders and toes tucked under.', 'Breathe steadily through the hold; never hold your breath to get through it.', 2, 3, null, null, 20, 45, null, null, false),
-- side-plank
    ('side-plank', 'Side Plank', 'core-stability', 'side-lying', 3, false, 'Strengthens the obliques and the side stabilisers that stop the trunk bending or twisting sideways, an area often missed in back rehab.', 'Lie on one side with legs straight and stacked, propped on the forearm with the elbow directly below the shoulder.', 'Keep the breath slow and even during the hold.', 1, 1, null, null, 15, 30, null, null, true),
-- side-plank-bent-knee
    ('side-plank-bent-knee', 'Side Plank (Bent-Knee Modification)', 'core-stability', 'side-lying', 2, false, 'A lighter side plank that builds oblique strength while the bottom knee stays down to support you.', 'Lie on one side, elbow directly below the shoulder, bottom knee bent to 90 degrees and resting on the mat.', 'Keep the breath slow and even during the hold.', 1, 1, null, null, 15, 20, null, null, true),
-- side-plank-clamshell
    ('side-plank-clamshell', 'Side Plank Clamshell', 'core-stability', 'side-lying', 2, false, 'Works the glutes and obliques together, two muscle groups that help take pressure off the spine.', 'Lie on one side with knees bent and stacked and feet stacked, propped on the forearm with the shoulder directly above the elbow.', 'Exhale as the top knee opens; inhale as it closes.', 1, 1, null, null, null, null, null, null, true),
-- side-plank-clamshell-lifted
    ('side-plank-clamshell-lifted', 'Side Plank Clamshell (Knees Lifted)', 'core-stability', 'side-lying', 3, false, 'The advanced side plank clamshell: both knees leave the floor so trunk and legs are held up on the forearm and feet while the top leg lifts.', 'Same start as the side plank clamshell: lying on one side with bent knees and feet stacked, elbow below the shoulder.', 'Breathe steadily; exhale on each leg lift.', 1, 1, null, null, null, null, null, null, true),
-- bodyweight-squat
    ('bodyweight-squat', 'Bodyweight Squat', 'functional-strength', 'standing', 2, false, 'Strengthens the legs, glutes and core, and practises a back-friendly way of sitting down and standing up; the glutes act as the spine''s main shock absorbers.', 'Stand with the feet at shoulder width or a little wider, toes forward or angled out slightly, chest lifted and eyes ahead.', 'Inhale on the way down; exhale as you stand.', 1, 1, null, null, null, null, null, null, false),
-- hip-hinge
    ('hip-hinge', 'Hip Hinge', 'functional-strength', 'standing', 2, false, 'Teaches bending from the hips with a neutral spine, the pattern behind safe lifting.', 'Stand tall with feet about hip-width apart and the knees slightly bent.', 'Inhale as the hips go back; exhale as you return to standing.', 1, 1, null, null, null, null, null, null, false),
-- lunge-with-twist
    ('lunge-with-twist', 'Lunge with Twist', 'functional-strength', 'standing', 2, false, 'Builds balance, hip mobility and controlled rotation of the spine in a movement that resembles everyday tasks.', 'Stand tall, feet at hip width, with space in front to step forward.', 'Exhale as you rotate; inhale as you turn back to the centre.', 1, 1, null, null, null, null, null, null, true),
-- childs-pose
    ('childs-pose', 'Child''s Pose', 'stretch', 'kneeling', 1, false, 'A restful stretch that decompresses the low back and hips and helps with back stiffness.', 'Begin kneeling with the hands on the mat; a bench or any flat surface also works.', 'Breathe deeply and slowly throughout the pose.', 1, 1, null, null, 20, 120, null, null, false),
-- hip-flexor-stretch
    ('hip-flexor-stretch', 'Kneeling Hip Flexor Stretch', 'stretch', 'kneeling', 1, false, 'Counteracts the tight hip flexors that long periods of sitting create, which can pull on the pelvis and lower back.', 'Half-kneel: one knee down on the mat, the other foot planted flat in front of you.', 'Breathe evenly and relax into the stretch on each exhale.', 1, 1, null, null, 20, 30, null, null, true),
-- piriformis-stretch
    ('piriformis-stretch', 'Piriformis Stretch', 'stretch', 'supine', 1, false, 'Eases tension deep in the glutes and may help sciatica-like pain.', 'Lie face up, knees bent, soles on the mat.', 'Breathe slowly and let the hip relax into the stretch.', 1, 1, null, null, 30, 30, null, null, true),
-- seated-spinal-twist
    ('seated-spinal-twist', 'Seated Spinal Twist', 'stretch', 'seated', 1, false, 'Stretches the middle and lower back, improving spinal mobility and easing stiffness.', 'Sit on the mat with both legs extended in front.', 'Sit tall on the inhale and turn a little further on the exhale, staying comfortable.', 1, 1, null, null, 20, 30, null, null, true),
-- lumbar-rotation
    ('lumbar-rotation', 'Lumbar Rotation', 'mobility', 'supine', 1, false, 'An easy rotation that loosens a stiff lower back and opens up the hips.', 'Lie face up on the floor or on a bed with the head supported, knees bent and soles flat.', 'Exhale as the knees lower to the side; inhale as they come back to the middle.', 1, 1, null, null, null, null, null, null, true),
-- leg-swing
    ('leg-swing', 'Leg Swing', 'stretch', 'supine', 1, false, 'A very easy lying stretch for the back that rotates through the hips.', 'Lie face up with both legs stretched out and the shoulders flat on the floor.', 'Breathe slowly and let gravity do the work.', 1, 1, null, null, 30, 30, null, null, true),
-- standing-windmill
    ('standing-windmill', 'Standing Windmill', 'mobility', 'standing', 2, false, 'Stretches the spine with a reaching rotation; a useful part of everyday mobility work, for prevention as well as recovery.', 'Stand with feet at shoulder width, then step them wider into a sumo stance, arms stretched out to the sides.', 'Exhale as you reach down; inhale as you return to the start.', 1, 1, null, null, null, null, null, null, true),
-- side-lying-windmill
    ('side-lying-windmill', 'Side-Lying Windmill', 'mobility', 'side-lying', 1, false, 'A gentle rotation for stiffness in the upper and lower back that works on a bed as well as on the floor.', 'Lie on one side with a pillow under the head and neck, knees drawn up about halfway toward the chest, arms reaching forward.', 'Exhale as the arm sweeps open; inhale as it returns.', 1, 1, null, null, null, null, null, null, true),
-- thread-the-needle
    ('thread-the-needle', 'Thread the Needle', 'mobility', 'quadruped', 1, false, 'A rotation from hands and knees that loosens the upper back.', 'Hands and knees with the hands below the shoulders and the knees below the hips, in a position that feels comfortable.', 'Exhale as the arm threads under; inhale as it comes back.', 1, 1, null, null, null, null, null, null, true),
-- transverse-abdominis-activation
    ('transverse-abdominis-activation', 'Transverse Abdominis Activation', 'core-stability', 'supine', 1, false, 'Teaches how to find and contract the deepest abdominal muscle, a basic core skill that differs from a crunch and underpins the bridge progressions.', 'Lie face up, knees bent, soles on the mat. Put two fingers on the front bony points of the hips, then slide them in toward the belly button until they sink into the soft area.', 'Breathe in deeply, then let all the air out slowly while drawing the belly button down toward the spine. Once learned, the contraction no longer has to be timed with the breath.', 1, 1, null, null, null, null, null, null, false),
-- supine-marches
    ('supine-marches', 'Supine Marches', 'core-stability', 'supine', 1, false, 'Works the core while placing little load on the back; suitable for people with back pain and for prevention.', 'Lie face up, knees bent, soles on the mat, the back gently flattened against it.', 'Exhale as the foot lifts; inhale as it lowers.', 1, 1, null, null, null, null, null, null, true),
-- bear-hold
    ('bear-hold', 'Bear Hold', 'core-stability', 'quadruped', 2, false, 'Strengthens the core around the lower back; the load through the shoulders and hips also makes it useful for mobility.', 'Hands and knees with the wrists below the shoulders.', 'Breathe steadily through the hold.', 1, 1, null, null, 15, 30, null, null, false),
-- down-dog-to-up-dog
    ('down-dog-to-up-dog', 'Downward Dog to Upward Dog', 'mobility', 'quadruped', 2, false, 'A flow between two yoga poses that lengthens the whole body; a good way to start the day.', 'Begin on hands and knees.', 'Breathe out into downward dog and breathe in as you move into upward dog.', 1, 1, null, null, 5, 5, null, null, false),
-- partial-crunch
    ('partial-crunch', 'Partial Crunch', 'core-stability', 'supine', 2, false, 'Strengthens the abdominal muscles that support the spine while putting less strain on the back than full sit-ups.', 'Lie face up with the knees comfortably bent and fingers laced behind the head.', 'Exhale as the shoulders lift; inhale as you lower.', 1, 1, 10, 15, null, null, null, null, false),
-- foam-rolling
    ('foam-rolling', 'Foam Rolling', 'self-massage', 'seated', 1, false, 'Self-massage that increases circulation, eases soreness and releases tight spots in the muscles that support the back: glutes, hamstrings, hip flexors and, gently, the mid-to-lower back.', 'With the foam roller on the floor, sit on it so it lies under the area to be treated (for example the glutes or hamstrings); lie over it instead for the hip flexors or the back.', 'Breathe slowly and relax the muscle while you pause on a tight spot.', 1, 1, null, null, 20, 30, null, null, false),
-- diaphragmatic-breathing
    ('diaphragmatic-breathing', 'Diaphragmatic Breathing', 'breathing', 'supine', 1, false, 'Replaces shallow chest breathing with belly breathing, which supports the spine, switches on the deep stabilisers, helps posture and calms the nervous system.', 'Lie face up, one hand resting on the chest and the other on the belly.', 'In through the nose so the belly rises, out slowly through the mouth.', 1, 1, null, null, null, null, null, null, false);

-- ===== exercise_alias =====
insert into exercise_alias (exercise_slug, position, alias) values
-- pelvic-tilt
    ('pelvic-tilt', 1, 'Pelvic Tilts'),
    ('pelvic-tilt', 2, 'Supine Pelvic Tilt'),
-- cat-cow
    ('cat-cow', 1, 'Cat-Cow Stretch'),
    ('cat-cow', 2, 'Cat-Camel'),
-- knee-to-chest
    ('knee-to-chest', 1, 'Knee-to-Chest Stretch'),
    ('knee-to-chest', 2, 'Single Knee to Chest'),
-- knee-to-chest-towel
    ('knee-to-chest-towel', 1, 'Knee-to-Chest with Towel'),
-- double-knee-to-chest
    ('double-knee-to-chest', 1, 'Both Knees to Chest'),
-- bird-dog
    ('bird-dog', 1, 'Bird Dog'),
    ('bird-dog', 2, 'Quadruped Opposite Arm and Leg Reach'),
-- bird-dog-crunch
    ('bird-dog-crunch', 1, 'Bird Dog Crunch'),
-- glute-bridge
    ('glute-bridge', 1, 'Bridge'),
    ('glute-bridge', 2, 'Bridge Exercise'),
-- bridge-transverse-activation
    ('bridge-transverse-activation', 1, 'Transverse with Bridge'),
-- dead-bug
    ('dead-bug', 1, 'Dead Bugs'),
-- forearm-plank
    ('forearm-plank', 1, 'Plank'),
    ('forearm-plank', 2, 'Front Plank'),
-- side-plank
    ('side-plank', 1, 'Forearm Side Plank'),
-- side-plank-bent-knee
    ('side-plank-bent-knee', 1, 'Modified Side Plank'),
    ('side-plank-bent-knee', 2, 'Kneeling Side Plank'),
-- bodyweight-squat
    ('bodyweight-squat', 1, 'Squat'),
    ('bodyweight-squat', 2, 'Air Squat'),
-- childs-pose
    ('childs-pose', 1, 'Child Pose'),
    ('childs-pose', 2, 'Balasana'),
-- hip-flexor-stretch
    ('hip-flexor-stretch', 1, 'Half-Kneeling Hip Flexor Stretch'),
-- piriformis-stretch
    ('piriformis-stretch', 1, 'Figure-Four Stretch'),
    ('piriformis-stretch', 2, 'Supine Figure-4 Stretch'),
-- seated-spinal-twist
    ('seated-spinal-twist', 1, 'Seated Twist'),
-- lumbar-rotation
    ('lumbar-rotation', 1, 'Lumbar Rotations'),
    ('lumbar-rotation', 2, 'Lower Trunk Rotation'),
-- standing-windmill
    ('standing-windmill', 1, 'Windmills'),
-- side-lying-windmill
    ('side-lying-windmill', 1, 'Open Book'),
-- transverse-abdominis-activation
    ('transverse-abdominis-activation', 1, 'Transverse Activation'),
    ('transverse-abdominis-activation', 2, 'Abdominal Drawing-In'),
-- supine-marches
    ('supine-marches', 1, 'Supine March'),
    ('supine-marches', 2, 'Lying Marches'),
-- bear-hold
    ('bear-hold', 1, 'Bear Holds'),
    ('bear-hold', 2, 'Bear Plank'),
-- down-dog-to-up-dog
    ('down-dog-to-up-dog', 1, 'Down Dog x Up Dog'),
    ('down-dog-to-up-dog', 2, 'Down Dog to Up Dog'),
-- partial-crunch
    ('partial-crunch', 1, 'Partial Crunches'),
    ('partial-crunch', 2, 'Curl-Up'),
-- foam-rolling
    ('foam-rolling', 1, 'Myofascial Release'),
-- diaphragmatic-breathing
    ('diaphragmatic-breathing', 1, 'Belly Breathing');

-- ===== exercise_equipment =====
insert into exercise_equipment (exercise_slug, position, equipment) values
-- pelvic-tilt
    ('pelvic-tilt', 1, 'mat'),
-- cat-cow
    ('cat-cow', 1, 'mat'),
-- knee-to-chest
    ('knee-to-chest', 1, 'mat'),
-- knee-to-chest-towel
    ('knee-to-chest-towel', 1, 'mat'),
    ('knee-to-chest-towel', 2, 'towel'),
-- knee-to-chest-extended-leg
    ('knee-to-chest-extended-leg', 1, 'mat'),
-- double-knee-to-chest
    ('double-knee-to-chest', 1, 'mat'),
-- bird-dog-leg-only
    ('bird-dog-leg-only', 1, 'mat'),
-- bird-dog-arm-only
    ('bird-dog-arm-only', 1, 'mat'),
-- bird-dog
    ('bird-dog', 1, 'mat'),
-- bird-dog-crunch
    ('bird-dog-crunch', 1, 'mat'),
-- glute-bridge
    ('glute-bridge', 1, 'mat'),
-- bridge-transverse-activation
    ('bridge-transverse-activation', 1, 'mat'),
-- bridge-leg-lift
    ('bridge-leg-lift', 1, 'mat'),
-- dead-bug-leg-only
    ('dead-bug-leg-only', 1, 'mat'),
-- dead-bug
    ('dead-bug', 1, 'mat'),
-- forearm-plank
    ('forearm-plank', 1, 'mat'),
-- side-plank
    ('side-plank', 1, 'mat'),
-- side-plank-bent-knee
    ('side-plank-bent-knee', 1, 'mat'),
-- side-plank-clamshell
    ('side-plank-clamshell', 1, 'mat'),
-- side-plank-clamshell-lifted
    ('side-plank-clamshell-lifted', 1, 'mat'),
-- bodyweight-squat
    ('bodyweight-squat', 1, 'none'),
-- hip-hinge
    ('hip-hinge', 1, 'none'),
-- lunge-with-twist
    ('lunge-with-twist', 1, 'none'),
-- childs-pose
    ('childs-pose', 1, 'mat'),
-- hip-flexor-stretch
    ('hip-flexor-stretch', 1, 'mat'),
-- piriformis-stretch
    ('piriformis-stretch', 1, 'mat'),
-- seated-spinal-twist
    ('seated-spinal-twist', 1, 'mat'),
-- lumbar-rotation
    ('lumbar-rotation', 1, 'mat'),
    ('lumbar-rotation', 2, 'pillow'),
-- leg-swing
    ('leg-swing', 1, 'mat'),
-- standing-windmill
    ('standing-windmill', 1, 'none'),
-- side-lying-windmill
    ('side-lying-windmill', 1, 'mat'),
    ('side-lying-windmill', 2, 'pillow'),
-- thread-the-needle
    ('thread-the-needle', 1, 'mat'),
-- transverse-abdominis-activation
    ('transverse-abdominis-activation', 1, 'mat'),
-- supine-marches
    ('supine-marches', 1, 'mat'),
-- bear-hold
    ('bear-hold', 1, 'mat'),
-- down-dog-to-up-dog
    ('down-dog-to-up-dog', 1, 'mat'),
-- partial-crunch
    ('partial-crunch', 1, 'mat'),
-- foam-rolling
    ('foam-rolling', 1, 'foam-roller'),
-- diaphragmatic-breathing
    ('diaphragmatic-breathing', 1, 'mat');

-- ===== exercise_target =====
insert into exercise_target (exercise_slug, position, area) values
-- pelvic-tilt
    ('pelvic-tilt', 1, 'lower-back'),
    ('pelvic-tilt', 2, 'deep-core'),
    ('pelvic-tilt', 3, 'abdominals'),
-- cat-cow
    ('cat-cow', 1, 'lower-back'),
    ('cat-cow', 2, 'thoracic-spine'),
    ('cat-cow', 3, 'abdominals'),
-- knee-to-chest
    ('knee-to-chest', 1, 'lower-back'),
    ('knee-to-chest', 2, 'glutes'),
-- knee-to-chest-towel
    ('knee-to-chest-towel', 1, 'lower-back'),
    ('knee-to-chest-towel', 2, 'glutes'),
-- knee-to-chest-extended-leg
    ('knee-to-chest-extended-leg', 1, 'lower-back'),
    ('knee-to-chest-extended-leg', 2, 'glutes'),
    ('knee-to-chest-extended-leg', 3, 'hip-flexors'),
-- double-knee-to-chest
    ('double-knee-to-chest', 1, 'lower-back'),
    ('double-knee-to-chest', 2, 'glutes'),
-- bird-dog-leg-only
    ('bird-dog-leg-only', 1, 'deep-core'),
    ('bird-dog-leg-only', 2, 'glutes'),
    ('bird-dog-leg-only', 3, 'lower-back'),
-- bird-dog-arm-only
    ('bird-dog-arm-only', 1, 'deep-core'),
    ('bird-dog-arm-only', 2, 'shoulders'),
    ('bird-dog-arm-only', 3, 'lower-back'),
-- bird-dog
    ('bird-dog', 1, 'deep-core'),
    ('bird-dog', 2, 'glutes'),
    ('bird-dog', 3, 'lower-back'),
    ('bird-dog', 4, 'shoulders'),
-- bird-dog-crunch
    ('bird-dog-crunch', 1, 'deep-core'),
    ('bird-dog-crunch', 2, 'abdominals'),
    ('bird-dog-crunch', 3, 'glutes'),
    ('bird-dog-crunch', 4, 'lower-back'),
-- glute-bridge
    ('glute-bridge', 1, 'glutes'),
    ('glute-bridge', 2, 'hamstrings'),
    ('glute-bridge', 3, 'lower-back'),
-- bridge-transverse-activation
    ('bridge-transverse-activation', 1, 'deep-core'),
    ('bridge-transverse-activation', 2, 'glutes'),
-- bridge-leg-lift
    ('bridge-leg-lift', 1, 'glutes'),
    ('bridge-leg-lift', 2, 'hamstrings'),
    ('bridge-leg-lift', 3, 'lower-back'),
    ('bridge-leg-lift', 4, 'deep-core'),
-- dead-bug-leg-only
    ('dead-bug-leg-only', 1, 'deep-core'),
    ('dead-bug-leg-only', 2, 'abdominals'),
-- dead-bug
    ('dead-bug', 1, 'deep-core'),
    ('dead-bug', 2, 'abdominals'),
-- forearm-plank
    ('forearm-plank', 1, 'deep-core'),
    ('forearm-plank', 2, 'abdominals'),
    ('forearm-plank', 3, 'glutes'),
    ('forearm-plank', 4, 'shoulders'),
-- side-plank
    ('side-plank', 1, 'obliques'),
    ('side-plank', 2, 'deep-core'),
    ('side-plank', 3, 'shoulders'),
-- side-plank-bent-knee
    ('side-plank-bent-knee', 1, 'obliques'),
    ('side-plank-bent-knee', 2, 'deep-core'),
-- side-plank-clamshell
    ('side-plank-clamshell', 1, 'glutes'),
    ('side-plank-clamshell', 2, 'obliques'),
-- side-plank-clamshell-lifted
    ('side-plank-clamshell-lifted', 1, 'glutes'),
    ('side-plank-clamshell-lifted', 2, 'obliques'),
    ('side-plank-clamshell-lifted', 3, 'deep-core'),
-- bodyweight-squat
    ('bodyweight-squat', 1, 'glutes'),
    ('bodyweight-squat', 2, 'quadriceps'),
    ('bodyweight-squat', 3, 'hamstrings'),
    ('bodyweight-squat', 4, 'deep-core'),
-- hip-hinge
    ('hip-hinge', 1, 'glutes'),
    ('hip-hinge', 2, 'hamstrings'),
    ('hip-hinge', 3, 'lower-back'),
-- lunge-with-twist
    ('lunge-with-twist', 1, 'quadriceps'),
    ('lunge-with-twist', 2, 'glutes'),
    ('lunge-with-twist', 3, 'obliques'),
    ('lunge-with-twist', 4, 'hip-flexors'),
-- childs-pose
    ('childs-pose', 1, 'lower-back'),
    ('childs-pose', 2, 'glutes'),
    ('childs-pose', 3, 'shoulders'),
-- hip-flexor-stretch
    ('hip-flexor-stretch', 1, 'hip-flexors'),
    ('hip-flexor-stretch', 2, 'quadriceps'),
-- piriformis-stretch
    ('piriformis-stretch', 1, 'piriformis'),
    ('piriformis-stretch', 2, 'glutes'),
-- seated-spinal-twist
    ('seated-spinal-twist', 1, 'lower-back'),
    ('seated-spinal-twist', 2, 'thoracic-spine'),
    ('seated-spinal-twist', 3, 'glutes'),
    ('seated-spinal-twist', 4, 'obliques'),
-- lumbar-rotation
    ('lumbar-rotation', 1, 'lower-back'),
    ('lumbar-rotation', 2, 'obliques'),
-- leg-swing
    ('leg-swing', 1, 'lower-back'),
    ('leg-swing', 2, 'glutes'),
    ('leg-swing', 3, 'obliques'),
-- standing-windmill
    ('standing-windmill', 1, 'lower-back'),
    ('standing-windmill', 2, 'thoracic-spine'),
    ('standing-windmill', 3, 'hamstrings'),
    ('standing-windmill', 4, 'obliques'),
-- side-lying-windmill
    ('side-lying-windmill', 1, 'thoracic-spine'),
    ('side-lying-windmill', 2, 'lower-back'),
    ('side-lying-windmill', 3, 'shoulders'),
-- thread-the-needle
    ('thread-the-needle', 1, 'thoracic-spine'),
    ('thread-the-needle', 2, 'shoulders'),
-- transverse-abdominis-activation
    ('transverse-abdominis-activation', 1, 'deep-core'),
-- supine-marches
    ('supine-marches', 1, 'deep-core'),
    ('supine-marches', 2, 'abdominals'),
    ('supine-marches', 3, 'hip-flexors'),
-- bear-hold
    ('bear-hold', 1, 'deep-core'),
    ('bear-hold', 2, 'abdominals'),
    ('bear-hold', 3, 'shoulders'),
    ('bear-hold', 4, 'quadriceps'),
-- down-dog-to-up-dog
    ('down-dog-to-up-dog', 1, 'hamstrings'),
    ('down-dog-to-up-dog', 2, 'lower-back'),
    ('down-dog-to-up-dog', 3, 'thoracic-spine'),
    ('down-dog-to-up-dog', 4, 'shoulders'),
-- partial-crunch
    ('partial-crunch', 1, 'abdominals'),
-- foam-rolling
    ('foam-rolling', 1, 'glutes'),
    ('foam-rolling', 2, 'hamstrings'),
    ('foam-rolling', 3, 'hip-flexors'),
    ('foam-rolling', 4, 'lower-back'),
-- diaphragmatic-breathing
    ('diaphragmatic-breathing', 1, 'deep-core'),
    ('diaphragmatic-breathing', 2, 'abdominals');

-- ===== exercise_step =====
insert into exercise_step (exercise_slug, position, text) values
-- pelvic-tilt
    ('pelvic-tilt', 1, 'Settle into the start position and notice the small space between your lower back and the mat.'),
    ('pelvic-tilt', 2, 'As you exhale, lightly tighten the stomach and roll the pelvis backward so the lower back sinks into the mat and that space closes.'),
    ('pelvic-tilt', 3, 'Keep this soft contraction for 3 to 5 seconds.'),
    ('pelvic-tilt', 4, 'Inhale and let the pelvis roll slowly back to neutral before the next repetition.'),
-- cat-cow
    ('cat-cow', 1, 'Start with a level back and the head in line with the spine.'),
    ('cat-cow', 2, 'Cow: breathing in, let the belly sink toward the mat while the chest and tailbone rise and the eyes look a little ahead.'),
    ('cat-cow', 3, 'Cat: breathing out, push the mat away with your hands, arch the back up toward the ceiling and let the chin fall toward the chest.'),
    ('cat-cow', 4, 'Keep alternating slowly; a short pause of a few seconds at each end is fine.'),
-- knee-to-chest
    ('knee-to-chest', 1, 'From the start position, draw one knee in toward the chest.'),
    ('knee-to-chest', 2, 'Hold the leg with your hands around the shin or behind the thigh while the other foot stays on the mat.'),
    ('knee-to-chest', 3, 'Stay in a comfortable stretch for the hold time.'),
    ('knee-to-chest', 4, 'Lower the leg slowly, repeat with the other knee, then do a second round on each side.'),
-- knee-to-chest-towel
    ('knee-to-chest-towel', 1, 'Draw one knee in toward the chest.'),
    ('knee-to-chest-towel', 2, 'Loop the towel behind that thigh and hold one end in each hand.'),
    ('knee-to-chest-towel', 3, 'Use the towel to ease the knee a little closer while the other foot stays planted.'),
    ('knee-to-chest-towel', 4, 'Hold, then lower the leg slowly and change sides.'),
-- knee-to-chest-extended-leg
    ('knee-to-chest-extended-leg', 1, 'Leave one leg straight and relaxed on the mat.'),
    ('knee-to-chest-extended-leg', 2, 'Bend the other knee and hug it toward your chest with both hands.'),
    ('knee-to-chest-extended-leg', 3, 'Hold the stretch while breathing calmly.'),
    ('knee-to-chest-extended-leg', 4, 'Release, slide that leg back out straight and swap sides.'),
-- double-knee-to-chest
    ('double-knee-to-chest', 1, 'Bring one knee toward the chest, then the other.'),
    ('double-knee-to-chest', 2, 'Wrap your hands around both shins or behind both thighs.'),
    ('double-knee-to-chest', 3, 'Draw the knees in gently and hold a comfortable stretch.'),
    ('double-knee-to-chest', 4, 'Lower the feet back to the mat one at a time.'),
-- bird-dog-leg-only
    ('bird-dog-leg-only', 1, 'Brace the stomach lightly so the back stays flat.'),
    ('bird-dog-leg-only', 2, 'Slide one leg back and straighten it until it lines up with your trunk.'),
    ('bird-dog-leg-only', 3, 'Bring the knee back under the hip with control.'),
    ('bird-dog-leg-only', 4, 'Alternate legs.'),
-- bird-dog-arm-only
    ('bird-dog-arm-only', 1, 'Brace the stomach lightly so the back stays flat.'),
    ('bird-dog-arm-only', 2, 'Reach one arm straight forward until it is about level with the shoulder.'),
    ('bird-dog-arm-only', 3, 'Lower the hand back to the mat under control.'),
    ('bird-dog-arm-only', 4, 'Alternate arms.'),
-- bird-dog
    ('bird-dog', 1, 'Gently brace the abdominal muscles.'),
    ('bird-dog', 2, 'Slowly reach one arm forward and the opposite leg back until both are about level with your trunk.'),
    ('bird-dog', 3, 'Pause in the reach for 2 to 5 seconds without letting the trunk move.'),
    ('bird-dog', 4, 'Return the arm and leg with full control, then reach with the other pair; one reach on each side counts as one repetition.'),
-- bird-dog-crunch
    ('bird-dog-crunch', 1, 'Slowly raise one leg and straighten the knee so it extends straight back.'),
    ('bird-dog-crunch', 2, 'With the leg up, reach the opposite arm forward.'),
    ('bird-dog-crunch', 3, 'Curl the trunk to bring that elbow and the raised knee together beneath you.'),
    ('bird-dog-crunch', 4, 'Reach back out without touching down and repeat, then change sides.'),
-- glute-bridge
    ('glute-bridge', 1, 'Tighten the buttocks before anything moves.'),
    ('glute-bridge', 2, 'Press down through the heels and lift the hips until shoulders, hips and knees line up.'),
    ('glute-bridge', 3, 'Hold at the top for 3 to 5 seconds with the glutes working.'),
    ('glute-bridge', 4, 'Roll the hips back down slowly and with control.'),
-- bridge-transverse-activation
    ('bridge-transverse-activation', 1, 'Perform the transverse abdominis activation and keep the contraction.'),
    ('bridge-transverse-activation', 2, 'While holding it, raise the hips off the mat.'),
    ('bridge-transverse-activation', 3, 'Height is not the goal: keep the deep abdominal contraction and feel the glutes working.'),
    ('bridge-transverse-activation', 4, 'Lower slowly and re-find the contraction before the next lift.'),
-- bridge-leg-lift
    ('bridge-leg-lift', 1, 'Lift the hips as high as feels comfortable.'),
    ('bridge-leg-lift', 2, 'Keeping the hips up, raise one foot about an inch (2 to 3 cm) off the mat.'),
    ('bridge-leg-lift', 3, 'Keep it there for 2 seconds, then set the foot down.'),
    ('bridge-leg-lift', 4, 'Stay lifted and repeat with the other foot.'),
-- dead-bug-leg-only
    ('dead-bug-leg-only', 1, 'Flatten the lower back gently against the mat.'),
    ('dead-bug-leg-only', 2, 'Lower one leg toward the floor, keeping its knee bent.'),
    ('dead-bug-leg-only', 3, 'Bring it back up to the start position.'),
    ('dead-bug-leg-only', 4, 'Alternate legs.'),
-- dead-bug
    ('dead-bug', 1, 'Press the lower back gently into the mat to set the core.'),
    ('dead-bug', 2, 'Slowly lower one arm overhead and the opposite leg toward the floor together.'),
    ('dead-bug', 3, 'Stop at the point where the lower back would start to lift.'),
    ('dead-bug', 4, 'Bring both back to the start, then switch to the other pair.'),
-- forearm-plank
    ('forearm-plank', 1, 'Lift the body so head, hips and heels form one line.'),
    ('forearm-plank', 2, 'Draw the belly button in and squeeze the glutes and thighs.'),
    ('forearm-plank', 3, 'Hold perfectly still for the set time.'),
    ('forearm-plank', 4, 'Lower to the mat and rest between holds.'),
-- side-plank
    ('side-plank', 1, 'Brace the core.'),
    ('side-plank', 2, 'Lift the hips until the body makes one straight line from head to ankles.'),
    ('side-plank', 3, 'Hold, keeping hip over hip and shoulder over shoulder.'),
    ('side-plank', 4, 'Lower with control and change sides.'),
-- side-plank-bent-knee
    ('side-plank-bent-knee', 1, 'Brace the core.'),
    ('side-plank-bent-knee', 2, 'Lift the hips, keeping the bent bottom knee on the mat.'),
    ('side-plank-bent-knee', 3, 'Hold with the hips and shoulders stacked.'),
    ('side-plank-bent-knee', 4, 'Lower and change sides.'),
-- side-plank-clamshell
    ('side-plank-clamshell', 1, 'Set up with knees, feet and shoulder stacked.'),
    ('side-plank-clamshell', 2, 'Keeping the feet touching, raise the top knee.'),
    ('side-plank-clamshell', 3, 'Lower the knee with control and repeat.'),
    ('side-plank-clamshell', 4, 'Change sides.'),
-- side-plank-clamshell-lifted
    ('side-plank-clamshell-lifted', 1, 'Lift both knees off the mat so you are supported on the forearm and feet.'),
    ('side-plank-clamshell-lifted', 2, 'Holding that lifted position, raise the top leg while the feet stay together.'),
    ('side-plank-clamshell-lifted', 3, 'Lower the leg with control and repeat.'),
    ('side-plank-clamshell-lifted', 4, 'Set down and change sides.'),
-- bodyweight-squat
    ('bodyweight-squat', 1, 'Begin by sending the hips back, as though about to sit on a chair.'),
    ('bodyweight-squat', 2, 'Bend the knees and lower with the chest lifted, the spine straight and the weight in the heels.'),
    ('bodyweight-squat', 3, 'Stop before the lower back starts to round.'),
    ('bodyweight-squat', 4, 'Press through the heels to stand and squeeze the glutes at the top.'),
-- hip-hinge
    ('hip-hinge', 1, 'Brace the core lightly.'),
    ('hip-hinge', 2, 'Push the hips backward so the trunk tips forward while the spine stays neutral.'),
    ('hip-hinge', 3, 'Go only as far as the back can stay neutral.'),
    ('hip-hinge', 4, 'Squeeze the glutes to bring the hips forward and stand tall.'),
-- lunge-with-twist
    ('lunge-with-twist', 1, 'Step forward into a lunge.'),
    ('lunge-with-twist', 2, 'Turn the trunk gently toward the front leg.'),
    ('lunge-with-twist', 3, 'Turn back to the centre and push back up to standing.'),
    ('lunge-with-twist', 4, 'Repeat stepping forward with the other leg.'),
-- childs-pose
    ('childs-pose', 1, 'From hands and knees, sit the hips back toward the heels.'),
    ('childs-pose', 2, 'Walk the hands forward and lower the chest toward the mat, resting the forehead down.'),
    ('childs-pose', 3, 'Let the weight drift backward and allow the back to round.'),
    ('childs-pose', 4, 'Stay and breathe for the hold time, then walk the hands back in to come up.'),
-- hip-flexor-stretch
    ('hip-flexor-stretch', 1, 'Set up in the half-kneeling position with the trunk upright.'),
    ('hip-flexor-stretch', 2, 'Ease the hips forward gently until a stretch appears at the front of the kneeling leg''s hip.'),
    ('hip-flexor-stretch', 3, 'Hold.'),
    ('hip-flexor-stretch', 4, 'Come back and switch legs.'),
-- piriformis-stretch
    ('piriformis-stretch', 1, 'Rest one ankle on the opposite thigh just above the knee.'),
    ('piriformis-stretch', 2, 'Hold the uncrossed leg behind the thigh and draw it toward the chest.'),
    ('piriformis-stretch', 3, 'Hold the stretch.'),
    ('piriformis-stretch', 4, 'Release and switch sides.'),
-- seated-spinal-twist
    ('seated-spinal-twist', 1, 'Bend one knee and draw that leg in toward your body.'),
    ('seated-spinal-twist', 2, 'Rotate the trunk to the side of the bent knee, with one arm for support.'),
    ('seated-spinal-twist', 3, 'Hold the twist.'),
    ('seated-spinal-twist', 4, 'Turn back to the front slowly and switch sides.'),
-- lumbar-rotation
    ('lumbar-rotation', 1, 'Keep the back flat on the surface.'),
    ('lumbar-rotation', 2, 'Let both knees sink toward the floor on one side; a stretch should be felt on the opposite side of the lower back.'),
    ('lumbar-rotation', 3, 'Bring the knees back through the middle.'),
    ('lumbar-rotation', 4, 'Let them lower to the other side and keep alternating.'),
-- leg-swing
    ('leg-swing', 1, 'Raise the right leg.'),
    ('leg-swing', 2, 'Let it drift slowly across the other leg, rotating at the hips as it falls.'),
    ('leg-swing', 3, 'Hold with both shoulders on the floor.'),
    ('leg-swing', 4, 'Return and repeat with the left leg.'),
-- standing-windmill
    ('standing-windmill', 1, 'Take the wide stance with the arms spread.'),
    ('standing-windmill', 2, 'Reach the left hand toward the right foot while the right arm floats up.'),
    ('standing-windmill', 3, 'Come back to the start.'),
    ('standing-windmill', 4, 'Reach the right hand toward the left foot and keep alternating.'),
-- side-lying-windmill
    ('side-lying-windmill', 1, 'Settle on your side with the knees bent and the head supported.'),
    ('side-lying-windmill', 2, 'Sweep the top arm toward the opposite side (lying on the left side, the right hand reaches to the right), letting the body turn.'),
    ('side-lying-windmill', 3, 'Follow the hand with your eyes and head.'),
    ('side-lying-windmill', 4, 'Come back, repeat, then change sides.'),
-- thread-the-needle
    ('thread-the-needle', 1, 'Relax the spine.'),
    ('thread-the-needle', 2, 'Slide one hand under the body toward the opposite side, as far as is comfortable.'),
    ('thread-the-needle', 3, 'Let the supporting arm bend a little; it has to hold you steady.'),
    ('thread-the-needle', 4, 'Return and repeat, then change sides.'),
-- transverse-abdominis-activation
    ('transverse-abdominis-activation', 1, 'Find the soft spot just inside the hip bones with two fingers.'),
    ('transverse-abdominis-activation', 2, 'Breathe in deeply.'),
    ('transverse-abdominis-activation', 3, 'Breathe out slowly and completely while drawing the belly button toward the spine.'),
    ('transverse-abdominis-activation', 4, 'Feel the muscle tighten under your fingers, then relax and repeat.'),
-- supine-marches
    ('supine-marches', 1, 'Gently press the lower back into the mat.'),
    ('supine-marches', 2, 'Slowly lift one foot off the floor.'),
    ('supine-marches', 3, 'Lower it back down with control.'),
    ('supine-marches', 4, 'Alternate feet so both sides work evenly.'),
-- bear-hold
    ('bear-hold', 1, 'Tuck the toes under.'),
    ('bear-hold', 2, 'Lift the knees off the mat while tucking the pelvis so the back stays straight.'),
    ('bear-hold', 3, 'Hold the position.'),
    ('bear-hold', 4, 'Lower the knees gently to finish.'),
-- down-dog-to-up-dog
    ('down-dog-to-up-dog', 1, 'Tuck the toes, push the hips back and straighten the knees into downward dog.'),
    ('down-dog-to-up-dog', 2, 'Hold for about 5 seconds.'),
    ('down-dog-to-up-dog', 3, 'Lower the knees and hips, move the weight forward and arch the back into upward dog.'),
    ('down-dog-to-up-dog', 4, 'Hold for about 5 seconds and keep flowing between the two.'),
-- partial-crunch
    ('partial-crunch', 1, 'Tighten the core to keep the movement steady.'),
    ('partial-crunch', 2, 'Raise the shoulders slightly off the mat.'),
    ('partial-crunch', 3, 'Lower back down slowly.'),
    ('partial-crunch', 4, 'Repeat for the set number of repetitions.'),
-- foam-rolling
    ('foam-rolling', 1, 'Place the roller under the muscle you want to work.'),
    ('foam-rolling', 2, 'Roll slowly back and forth along the muscle.'),
    ('foam-rolling', 3, 'When you reach a tight spot, pause there for 20 to 30 seconds.'),
    ('foam-rolling', 4, 'Move on to the next area.'),
-- diaphragmatic-breathing
    ('diaphragmatic-breathing', 1, 'Settle with one hand on the chest and one on the belly.'),
    ('diaphragmatic-breathing', 2, 'Breathe in deeply through the nose, letting the belly rise under your hand.'),
    ('diaphragmatic-breathing', 3, 'Keep the hand on the chest almost still.'),
    ('diaphragmatic-breathing', 4, 'Breathe out slowly through the mouth and repeat.');

-- ===== exercise_form_cue =====
insert into exercise_form_cue (exercise_slug, position, text) values
-- pelvic-tilt
    ('pelvic-tilt', 1, 'Treat it as a tiny rock of the pelvis rather than a lift.'),
    ('pelvic-tilt', 2, 'The buttocks and feet stay resting on the mat throughout.'),
-- cat-cow
    ('cat-cow', 1, 'Stay inside a range that feels comfortable; it will grow with practice.'),
    ('cat-cow', 2, 'Move smoothly without bouncing into the end positions.'),
-- knee-to-chest
    ('knee-to-chest', 1, 'Look for a mild, pleasant pull, never a strain.'),
    ('knee-to-chest', 2, 'Keep the tailbone resting on the mat.'),
-- knee-to-chest-towel
    ('knee-to-chest-towel', 1, 'Let the towel guide the leg gently rather than haul it in.'),
-- knee-to-chest-extended-leg
    ('knee-to-chest-extended-leg', 1, 'Let the straight leg rest heavy on the floor.'),
-- double-knee-to-chest
    ('double-knee-to-chest', 1, 'Pull lightly; comfort decides how far you go.'),
-- bird-dog-leg-only
    ('bird-dog-leg-only', 1, 'The pelvis stays level and does not tip toward the moving leg.'),
-- bird-dog-arm-only
    ('bird-dog-arm-only', 1, 'Keep the weight even over both knees; the trunk should not shift sideways.'),
-- bird-dog
    ('bird-dog', 1, 'Picture your back as a table top that must not tilt.'),
    ('bird-dog', 2, 'Reach long rather than high.'),
    ('bird-dog', 3, 'Slow and controlled beats fast.'),
-- bird-dog-crunch
    ('bird-dog-crunch', 1, 'Think of stretching the arm and leg away from each other instead of lifting them.'),
    ('bird-dog-crunch', 2, 'Go slowly and rest whenever you need to.'),
-- glute-bridge
    ('glute-bridge', 1, 'The glutes do the lifting, not an arching lower back.'),
    ('glute-bridge', 2, 'Drive through the heels.'),
-- bridge-transverse-activation
    ('bridge-transverse-activation', 1, 'Quality of the core contraction matters more than how high the hips go.'),
-- bridge-leg-lift
    ('bridge-leg-lift', 1, 'Expect the glute on the planted side to work hard; that is normal.'),
    ('bridge-leg-lift', 2, 'Keep the pelvis level and still.'),
-- dead-bug-leg-only
    ('dead-bug-leg-only', 1, 'The lower back keeps contact with the mat the whole time.'),
-- dead-bug
    ('dead-bug', 1, 'The instant the lower back starts to lift you have gone too far; shorten the range.'),
    ('dead-bug', 2, 'Move slowly.'),
-- forearm-plank
    ('forearm-plank', 1, 'The hips neither sag toward the floor nor pike upward.'),
    ('forearm-plank', 2, 'If the lower back starts to arch as you tire, tuck the pelvis under slightly, as in a pelvic tilt.'),
    ('forearm-plank', 3, 'Once the form is solid, add 10 to 15 seconds to each hold.'),
-- side-plank
    ('side-plank', 1, 'Keep the chest open; the top hip and shoulder should not roll forward or back.'),
    ('side-plank', 2, 'Begin with 15 to 20 seconds a side and build up gradually toward 30, 45 and finally 60 seconds.'),
-- side-plank-bent-knee
    ('side-plank-bent-knee', 1, 'Aim for a straight line from head to knee.'),
-- side-plank-clamshell
    ('side-plank-clamshell', 1, 'The feet stay pressed together throughout.'),
-- side-plank-clamshell-lifted
    ('side-plank-clamshell-lifted', 1, 'Keep hips and shoulders stacked while the leg moves.'),
-- bodyweight-squat
    ('bodyweight-squat', 1, 'Knees follow the line of the toes; push them gently outward.'),
    ('bodyweight-squat', 2, 'Good form first, depth second.'),
-- hip-hinge
    ('hip-hinge', 1, 'Practise it often and use the same pattern whenever you lift something.'),
-- lunge-with-twist
    ('lunge-with-twist', 1, 'Keep the rotation easy and smooth.'),
-- childs-pose
    ('childs-pose', 1, 'Relax fully into the pose rather than pushing deeper.'),
-- hip-flexor-stretch
    ('hip-flexor-stretch', 1, 'Keep the back straight; do not let it sway into an arch.'),
-- piriformis-stretch
    ('piriformis-stretch', 1, 'Keep the head and shoulders relaxed on the mat.'),
-- seated-spinal-twist
    ('seated-spinal-twist', 1, 'Rotate slowly and stay tall through the spine.'),
-- lumbar-rotation
    ('lumbar-rotation', 1, 'Let the knees drop only as far as is comfortable.'),
-- leg-swing
    ('leg-swing', 1, 'Both shoulders stay down throughout.'),
-- standing-windmill
    ('standing-windmill', 1, 'Move smoothly and reach only as far as feels comfortable.'),
-- side-lying-windmill
    ('side-lying-windmill', 1, 'Keep the knees together and resting down while the upper body turns.'),
-- thread-the-needle
    ('thread-the-needle', 1, 'The supporting arm stays strong as you rotate.'),
-- transverse-abdominis-activation
    ('transverse-abdominis-activation', 1, 'The contraction is small and deep; it may take a few tries to feel it.'),
-- supine-marches
    ('supine-marches', 1, 'Keep the pelvis still as each foot lifts.'),
-- bear-hold
    ('bear-hold', 1, 'The back stays flat and level, like a table.'),
-- down-dog-to-up-dog
    ('down-dog-to-up-dog', 1, 'Move with the breath and stay within a comfortable range.'),
-- partial-crunch
    ('partial-crunch', 1, 'The hands support the head without pulling on it.'),
-- foam-rolling
    ('foam-rolling', 1, 'Work the muscles beside the spine, never the spine itself.'),
    ('foam-rolling', 2, 'Go slowly; speed gives little benefit.'),
-- diaphragmatic-breathing
    ('diaphragmatic-breathing', 1, 'The belly moves, the chest stays quiet.');

-- ===== exercise_mistake =====
insert into exercise_mistake (exercise_slug, position, text) values
-- pelvic-tilt
    ('pelvic-tilt', 1, 'Raising the hips off the mat so the tilt turns into a bridge.'),
-- cat-cow
    ('cat-cow', 1, 'Hurrying through the repetitions instead of matching them to the breath.'),
    ('cat-cow', 2, 'Forcing extra range at either end.'),
-- knee-to-chest
    ('knee-to-chest', 1, 'Pulling so hard that the tailbone and hips curl up off the mat, which loads the spine instead of easing it.'),
-- knee-to-chest-towel
    ('knee-to-chest-towel', 1, 'Tugging on the towel so the tailbone lifts off the mat.'),
-- knee-to-chest-extended-leg
    ('knee-to-chest-extended-leg', 1, 'Arching the lower back off the mat as the straight leg stretches.'),
-- double-knee-to-chest
    ('double-knee-to-chest', 1, 'Yanking the knees in so the tailbone rolls high off the mat.'),
-- bird-dog-leg-only
    ('bird-dog-leg-only', 1, 'Kicking the leg too high so the lower back arches.'),
-- bird-dog-arm-only
    ('bird-dog-arm-only', 1, 'Letting the chest sink or twist as the arm lifts.'),
-- bird-dog
    ('bird-dog', 1, 'The lower back sagging or arching as the leg rises.'),
    ('bird-dog', 2, 'The hip of the lifted leg rolling open.'),
-- bird-dog-crunch
    ('bird-dog-crunch', 1, 'Rushing the crunch so the supporting hip drops.'),
-- glute-bridge
    ('glute-bridge', 1, 'Lifting the hips too high so the lower back arches.'),
-- bridge-transverse-activation
    ('bridge-transverse-activation', 1, 'Letting the deep contraction go as the hips rise.'),
-- bridge-leg-lift
    ('bridge-leg-lift', 1, 'The body rocking sideways as the foot lifts.'),
    ('bridge-leg-lift', 2, 'The hips sinking toward the mat between lifts.'),
-- dead-bug-leg-only
    ('dead-bug-leg-only', 1, 'Letting the lower back peel off the mat as the leg goes down.'),
-- dead-bug
    ('dead-bug', 1, 'Arching the lower back to reach the floor.'),
-- forearm-plank
    ('forearm-plank', 1, 'Letting the low back sag into an arch as you tire.'),
-- side-plank
    ('side-plank', 1, 'The hips drooping toward the mat.'),
    ('side-plank', 2, 'Rolling the top shoulder forward.'),
-- side-plank-bent-knee
    ('side-plank-bent-knee', 1, 'Letting the hips fall back behind the shoulders.'),
-- side-plank-clamshell
    ('side-plank-clamshell', 1, 'Rolling the pelvis backward to lift the knee higher.'),
-- side-plank-clamshell-lifted
    ('side-plank-clamshell-lifted', 1, 'Letting the hips sink toward the mat during the leg lifts.'),
-- bodyweight-squat
    ('bodyweight-squat', 1, 'Knees falling inward.'),
    ('bodyweight-squat', 2, 'Rounding the lower back to get lower.'),
-- hip-hinge
    ('hip-hinge', 1, 'Bending through the back instead of folding at the hips.'),
-- lunge-with-twist
    ('lunge-with-twist', 1, 'Twisting hard or fast at the end of the lunge.'),
-- childs-pose
    ('childs-pose', 1, 'Holding tension in the shoulders and neck.'),
-- hip-flexor-stretch
    ('hip-flexor-stretch', 1, 'Leaning back and over-arching the lower back.'),
-- piriformis-stretch
    ('piriformis-stretch', 1, 'Pulling so hard that the hips lift off the mat.'),
-- seated-spinal-twist
    ('seated-spinal-twist', 1, 'Cranking into the twist with the arm.'),
-- lumbar-rotation
    ('lumbar-rotation', 1, 'Letting the shoulders lift off the surface as the knees drop.'),
-- leg-swing
    ('leg-swing', 1, 'Forcing the leg toward the floor instead of letting it settle.'),
-- standing-windmill
    ('standing-windmill', 1, 'Bouncing at the bottom of the reach.'),
-- side-lying-windmill
    ('side-lying-windmill', 1, 'Leaving the head behind instead of turning it with the hand.'),
-- thread-the-needle
    ('thread-the-needle', 1, 'Collapsing onto the supporting shoulder.'),
-- transverse-abdominis-activation
    ('transverse-abdominis-activation', 1, 'Curling up into a crunch instead of drawing the belly in.'),
-- supine-marches
    ('supine-marches', 1, 'Letting the lower back arch as the foot comes up.'),
-- bear-hold
    ('bear-hold', 1, 'Pushing the hips up high or letting the lower back sag.'),
-- down-dog-to-up-dog
    ('down-dog-to-up-dog', 1, 'Dropping into upward dog quickly and jamming the lower back.'),
-- partial-crunch
    ('partial-crunch', 1, 'Straining the neck by yanking the head forward.'),
-- foam-rolling
    ('foam-rolling', 1, 'Rolling straight over the bones of the lower spine.'),
-- diaphragmatic-breathing
    ('diaphragmatic-breathing', 1, 'Lifting the chest and shoulders to breathe in.');

-- ===== exercise_stop_sign =====
insert into exercise_stop_sign (exercise_slug, position, text) values
-- pelvic-tilt
    ('pelvic-tilt', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
    ('pelvic-tilt', 2, 'Pain, tingling or numbness spreading into the buttock or down a leg: stop and have it assessed by a clinician.'),
-- cat-cow
    ('cat-cow', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
-- knee-to-chest
    ('knee-to-chest', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
    ('knee-to-chest', 2, 'Pain, tingling or numbness spreading into the buttock or down a leg: stop and have it assessed by a clinician.'),
-- knee-to-chest-towel
    ('knee-to-chest-towel', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
    ('knee-to-chest-towel', 2, 'Pain, tingling or numbness spreading into the buttock or down a leg: stop and have it assessed by a clinician.'),
-- knee-to-chest-extended-leg
    ('knee-to-chest-extended-leg', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
    ('knee-to-chest-extended-leg', 2, 'Pain, tingling or numbness spreading into the buttock or down a leg: stop and have it assessed by a clinician.'),
-- double-knee-to-chest
    ('double-knee-to-chest', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
    ('double-knee-to-chest', 2, 'Pain, tingling or numbness spreading into the buttock or down a leg: stop and have it assessed by a clinician.'),
-- bird-dog-leg-only
    ('bird-dog-leg-only', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
-- bird-dog-arm-only
    ('bird-dog-arm-only', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
-- bird-dog
    ('bird-dog', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
    ('bird-dog', 2, 'Pain, tingling or numbness spreading into the buttock or down a leg: stop and have it assessed by a clinician.'),
-- bird-dog-crunch
    ('bird-dog-crunch', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
    ('bird-dog-crunch', 2, 'Pain, tingling or numbness spreading into the buttock or down a leg: stop and have it assessed by a clinician.'),
-- glute-bridge
    ('glute-bridge', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
    ('glute-bridge', 2, 'Pain, tingling or numbness spreading into the buttock or down a leg: stop and have it assessed by a clinician.'),
-- bridge-transverse-activation
    ('bridge-transverse-activation', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
    ('bridge-transverse-activation', 2, 'Pain, tingling or numbness spreading into the buttock or down a leg: stop and have it assessed by a clinician.'),
-- bridge-leg-lift
    ('bridge-leg-lift', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
    ('bridge-leg-lift', 2, 'Pain, tingling or numbness spreading into the buttock or down a leg: stop and have it assessed by a clinician.'),
-- dead-bug-leg-only
    ('dead-bug-leg-only', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
-- dead-bug
    ('dead-bug', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
    ('dead-bug', 2, 'Pain, tingling or numbness spreading into the buttock or down a leg: stop and have it assessed by a clinician.'),
-- forearm-plank
    ('forearm-plank', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
    ('forearm-plank', 2, 'Lower back pain that builds during the hold: end the set and rest.'),
-- side-plank
    ('side-plank', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
    ('side-plank', 2, 'Shoulder pain on the supporting side: stop and use the bent-knee version.'),
-- side-plank-bent-knee
    ('side-plank-bent-knee', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
-- side-plank-clamshell
    ('side-plank-clamshell', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
    ('side-plank-clamshell', 2, 'Pain, tingling or numbness spreading into the buttock or down a leg: stop and have it assessed by a clinician.'),
-- side-plank-clamshell-lifted
    ('side-plank-clamshell-lifted', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
    ('side-plank-clamshell-lifted', 2, 'Shoulder pain on the supporting side: stop and go back to the knees-down version.'),
-- bodyweight-squat
    ('bodyweight-squat', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
    ('bodyweight-squat', 2, 'A pinch in the lower back: reduce the depth and lead with the hips before bending the knees.'),
-- hip-hinge
    ('hip-hinge', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
    ('hip-hinge', 2, 'Pain, tingling or numbness spreading into the buttock or down a leg: stop and have it assessed by a clinician.'),
-- lunge-with-twist
    ('lunge-with-twist', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
    ('lunge-with-twist', 2, 'Pain, tingling or numbness spreading into the buttock or down a leg: stop and have it assessed by a clinician.'),
-- childs-pose
    ('childs-pose', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
    ('childs-pose', 2, 'Knee pain in the kneeling position: stop.'),
-- hip-flexor-stretch
    ('hip-flexor-stretch', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
    ('hip-flexor-stretch', 2, 'Knee pain in the kneeling position: stop.'),
-- piriformis-stretch
    ('piriformis-stretch', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
    ('piriformis-stretch', 2, 'Pain, tingling or numbness spreading into the buttock or down a leg: stop and have it assessed by a clinician.'),
-- seated-spinal-twist
    ('seated-spinal-twist', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
    ('seated-spinal-twist', 2, 'Pain, tingling or numbness spreading into the buttock or down a leg: stop and have it assessed by a clinician.'),
-- lumbar-rotation
    ('lumbar-rotation', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
    ('lumbar-rotation', 2, 'Pain, tingling or numbness spreading into the buttock or down a leg: stop and have it assessed by a clinician.'),
-- leg-swing
    ('leg-swing', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
    ('leg-swing', 2, 'Pain, tingling or numbness spreading into the buttock or down a leg: stop and have it assessed by a clinician.'),
-- standing-windmill
    ('standing-windmill', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
    ('standing-windmill', 2, 'Pain, tingling or numbness spreading into the buttock or down a leg: stop and have it assessed by a clinician.'),
-- side-lying-windmill
    ('side-lying-windmill', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
    ('side-lying-windmill', 2, 'Pain, tingling or numbness spreading into the buttock or down a leg: stop and have it assessed by a clinician.'),
-- thread-the-needle
    ('thread-the-needle', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
    ('thread-the-needle', 2, 'Shoulder pain in the supporting arm: stop.'),
-- transverse-abdominis-activation
    ('transverse-abdominis-activation', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
-- supine-marches
    ('supine-marches', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
-- bear-hold
    ('bear-hold', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
    ('bear-hold', 2, 'Wrist or shoulder pain: lower the knees and rest.'),
-- down-dog-to-up-dog
    ('down-dog-to-up-dog', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
    ('down-dog-to-up-dog', 2, 'Pain, tingling or numbness spreading into the buttock or down a leg: stop and have it assessed by a clinician.'),
-- partial-crunch
    ('partial-crunch', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
    ('partial-crunch', 2, 'Neck pain: stop and rest the head on the mat.'),
-- foam-rolling
    ('foam-rolling', 1, 'Sharp, stabbing or shooting pain at any point: end the exercise right away.'),
    ('foam-rolling', 2, 'Pain directly over the spine while rolling: move off that area.'),
-- diaphragmatic-breathing
    ('diaphragmatic-breathing', 1, 'Dizziness or light-headedness: return to normal breathing and rest.');

-- ===== exercise_source =====
insert into exercise_source (exercise_slug, position, seed) values
-- pelvic-tilt
    ('pelvic-tilt', 1, '000_1240bdc056074f32.txt'),
-- cat-cow
    ('cat-cow', 1, '000_1240bdc056074f32.txt'),
    ('cat-cow', 2, '001_c97ec667eb11674d.txt'),
    ('cat-cow', 3, '002_84a113f690ec992a.txt'),
    ('cat-cow', 4, '004_5d53c57711750722.txt'),
-- knee-to-chest
    ('knee-to-chest', 1, '000_1240bdc056074f32.txt'),
    ('knee-to-chest', 2, '002_84a113f690ec992a.txt'),
    ('knee-to-chest', 3, '004_5d53c57711750722.txt'),
-- knee-to-chest-towel
    ('knee-to-chest-towel', 1, '000_1240bdc056074f32.txt'),
-- knee-to-chest-extended-leg
    ('knee-to-chest-extended-leg', 1, '002_84a113f690ec992a.txt'),
-- double-knee-to-chest
    ('double-knee-to-chest', 1, '000_1240bdc056074f32.txt'),
-- bird-dog-leg-only
    ('bird-dog-leg-only', 1, '002_84a113f690ec992a.txt'),
-- bird-dog-arm-only
    ('bird-dog-arm-only', 1, '002_84a113f690ec992a.txt'),
-- bird-dog
    ('bird-dog', 1, '000_1240bdc056074f32.txt'),
    ('bird-dog', 2, '001_c97ec667eb11674d.txt'),
    ('bird-dog', 3, '002_84a113f690ec992a.txt'),
    ('bird-dog', 4, '004_5d53c57711750722.txt'),
-- bird-dog-crunch
    ('bird-dog-crunch', 1, '003_dd7d8036af705297.txt'),
-- glute-bridge
    ('glute-bridge', 1, '000_1240bdc056074f32.txt'),
    ('glute-bridge', 2, '001_c97ec667eb11674d.txt'),
    ('glute-bridge', 3, '004_5d53c57711750722.txt'),
-- bridge-transverse-activation
    ('bridge-transverse-activation', 1, '003_dd7d8036af705297.txt'),
-- bridge-leg-lift
    ('bridge-leg-lift', 1, '003_dd7d8036af705297.txt'),
-- dead-bug-leg-only
    ('dead-bug-leg-only', 1, '002_84a113f690ec992a.txt'),
-- dead-bug
    ('dead-bug', 1, '000_1240bdc056074f32.txt'),
    ('dead-bug', 2, '001_c97ec667eb11674d.txt'),
    ('dead-bug', 3, '002_84a113f690ec992a.txt'),
-- forearm-plank
    ('forearm-plank', 1, '000_1240bdc056074f32.txt'),
-- side-plank
    ('side-plank', 1, '000_1240bdc056074f32.txt'),
    ('side-plank', 2, '001_c97ec667eb11674d.txt'),
-- side-plank-bent-knee
    ('side-plank-bent-knee', 1, '000_1240bdc056074f32.txt'),
-- side-plank-clamshell
    ('side-plank-clamshell', 1, '002_84a113f690ec992a.txt'),
-- side-plank-clamshell-lifted
    ('side-plank-clamshell-lifted', 1, '002_84a113f690ec992a.txt'),
-- bodyweight-squat
    ('bodyweight-squat', 1, '000_1240bdc056074f32.txt'),
    ('bodyweight-squat', 2, '001_c97ec667eb11674d.txt'),
-- hip-hinge
    ('hip-hinge', 1, '001_c97ec667eb11674d.txt'),
-- lunge-with-twist
    ('lunge-with-twist', 1, '001_c97ec667eb11674d.txt'),
-- childs-pose
    ('childs-pose', 1, '001_c97ec667eb11674d.txt'),
    ('childs-pose', 2, '002_84a113f690ec992a.txt'),
    ('childs-pose', 3, '004_5d53c57711750722.txt'),
-- hip-flexor-stretch
    ('hip-flexor-stretch', 1, '001_c97ec667eb11674d.txt'),
-- piriformis-stretch
    ('piriformis-stretch', 1, '001_c97ec667eb11674d.txt'),
-- seated-spinal-twist
    ('seated-spinal-twist', 1, '004_5d53c57711750722.txt'),
-- lumbar-rotation
    ('lumbar-rotation', 1, '002_84a113f690ec992a.txt'),
    ('lumbar-rotation', 2, '003_dd7d8036af705297.txt'),
-- leg-swing
    ('leg-swing', 1, '002_84a113f690ec992a.txt'),
-- standing-windmill
    ('standing-windmill', 1, '002_84a113f690ec992a.txt'),
-- side-lying-windmill
    ('side-lying-windmill', 1, '003_dd7d8036af705297.txt'),
-- thread-the-needle
    ('thread-the-needle', 1, '003_dd7d8036af705297.txt'),
-- transverse-abdominis-activation
    ('transverse-abdominis-activation', 1, '003_dd7d8036af705297.txt'),
-- supine-marches
    ('supine-marches', 1, '002_84a113f690ec992a.txt'),
-- bear-hold
    ('bear-hold', 1, '002_84a113f690ec992a.txt'),
-- down-dog-to-up-dog
    ('down-dog-to-up-dog', 1, '002_84a113f690ec992a.txt'),
-- partial-crunch
    ('partial-crunch', 1, '004_5d53c57711750722.txt'),
-- foam-rolling
    ('foam-rolling', 1, '001_c97ec667eb11674d.txt'),
-- diaphragmatic-breathing
    ('diaphragmatic-breathing', 1, '001_c97ec667eb11674d.txt');

-- ===== exercise_link ('harder' = progression of from_slug, 'easier' = its regression; every 'harder' has its reverse 'easier') =====
insert into exercise_link (from_slug, kind, to_slug, note) values
-- knee-to-chest
    ('knee-to-chest', 'easier', 'knee-to-chest-towel', 'Loop a towel behind the thigh if the shin is hard to reach.'),
    ('knee-to-chest', 'harder', 'double-knee-to-chest', 'Both knees come toward the chest together.'),
    ('knee-to-chest', 'harder', 'knee-to-chest-extended-leg', 'The resting leg lies straight for a deeper stretch.'),
-- knee-to-chest-towel
    ('knee-to-chest-towel', 'harder', 'knee-to-chest', 'Hold the shin or thigh with the hands instead of a towel.'),
-- knee-to-chest-extended-leg
    ('knee-to-chest-extended-leg', 'easier', 'knee-to-chest', 'Keep the resting knee bent with the foot flat.'),
-- double-knee-to-chest
    ('double-knee-to-chest', 'easier', 'knee-to-chest', 'One knee at a time.'),
-- bird-dog-leg-only
    ('bird-dog-leg-only', 'harder', 'bird-dog-arm-only', 'Next stage: arms reach one at a time.'),
    ('bird-dog-leg-only', 'harder', 'bird-dog', 'Opposite arm and leg reach together.'),
-- bird-dog-arm-only
    ('bird-dog-arm-only', 'easier', 'bird-dog-leg-only', 'Reach with the legs only.'),
    ('bird-dog-arm-only', 'harder', 'bird-dog', 'Opposite arm and leg reach together.'),
-- bird-dog
    ('bird-dog', 'easier', 'bird-dog-arm-only', 'Reach with one arm at a time.'),
    ('bird-dog', 'easier', 'bird-dog-leg-only', 'Reach with one leg at a time, hands down.'),
    ('bird-dog', 'harder', 'bird-dog-crunch', 'Elbow and opposite knee meet under the body after each reach.'),
-- bird-dog-crunch
    ('bird-dog-crunch', 'easier', 'bird-dog', 'Reach and return without the crunch.'),
-- glute-bridge
    ('glute-bridge', 'harder', 'bridge-leg-lift', 'One foot lifts while the hips stay up.'),
-- bridge-transverse-activation
    ('bridge-transverse-activation', 'easier', 'transverse-abdominis-activation', 'Practise the contraction without lifting the hips.'),
    ('bridge-transverse-activation', 'harder', 'bridge-leg-lift', 'Add a single foot lift at the top of the bridge.'),
-- bridge-leg-lift
    ('bridge-leg-lift', 'easier', 'glute-bridge', 'Keep both feet down.'),
    ('bridge-leg-lift', 'easier', 'bridge-transverse-activation', 'Keep both feet down and focus on the deep-core contraction.'),
-- dead-bug-leg-only
    ('dead-bug-leg-only', 'harder', 'dead-bug', 'Opposite arm and leg lower together.'),
-- dead-bug
    ('dead-bug', 'easier', 'dead-bug-leg-only', 'Move only one leg; arms stay up.'),
-- forearm-plank
    ('forearm-plank', 'harder', 'side-plank', 'Side-on plank for the obliques.'),
-- side-plank
    ('side-plank', 'easier', 'forearm-plank', 'Face-down plank on the forearms.'),
    ('side-plank', 'easier', 'side-plank-bent-knee', 'Bottom knee bent to 90 degrees and resting on the floor.'),
-- side-plank-bent-knee
    ('side-plank-bent-knee', 'harder', 'side-plank', 'Legs straight and stacked, supported on the feet.'),
-- side-plank-clamshell
    ('side-plank-clamshell', 'harder', 'side-plank-clamshell-lifted', 'Both knees come off the floor.'),
-- side-plank-clamshell-lifted
    ('side-plank-clamshell-lifted', 'easier', 'side-plank-clamshell', 'Keep the knees on the floor.'),
-- transverse-abdominis-activation
    ('transverse-abdominis-activation', 'harder', 'bridge-transverse-activation', 'Hold the deep-core contraction while bridging.');
