-- Templates from seed 000 (000_1240bdc056074f32.txt), dosed as it gives them.
insert into program_template (id, name, goal, frequency, minutes_min, minutes_max, schedule_kind, times_per_day,
                              min_per_week, max_per_week, non_consecutive, weekdays, notes, sources) values
('gentle-relief', 'Gentle Relief',
 'Ease pain and release tension with gentle movement; for flare-up days or general stiffness.',
 'Every day; morning and evening if it helps.', 5, 10, 'DAILY', 1, null, null, false, null,
 'A second daily session (morning and evening) is fine when it feels good.', '000_1240bdc056074f32.txt'),
('core-strengthening', 'Core Strengthening',
 'Build the deep core strength that protects the back; for days you feel good.',
 '3 to 4 times a week, never on consecutive days.', 15, 20, 'WEEKLY', null, 3, 4, true, null,
 'Warm up with about 5 minutes of the Gentle Relief routine first.', '000_1240bdc056074f32.txt');

insert into program_template_item (template_id, position, exercise, sets_min, sets_max, reps_min, reps_max,
                                   hold_seconds_min, hold_seconds_max, per_side, notes) values
('gentle-relief', 1, 'pelvic-tilt', 1, 1, 10, 12, null, null, false, 'Slow reps.'),
('gentle-relief', 2, 'cat-cow', 1, 1, 10, 15, null, null, false, 'Flowing reps, paced by your breath.'),
('gentle-relief', 3, 'knee-to-chest', 1, 1, 2, 2, 30, 30, true, 'Hold 30 seconds on each side; do it twice.'),
('core-strengthening', 1, 'glute-bridge', 2, 2, 12, 15, null, null, false, null),
('core-strengthening', 2, 'bird-dog', 2, 2, 10, 12, null, null, true, 'Slow and controlled.'),
('core-strengthening', 3, 'forearm-plank', 2, 3, null, null, 20, 45, false, 'Perfect form beats a longer hold.');
