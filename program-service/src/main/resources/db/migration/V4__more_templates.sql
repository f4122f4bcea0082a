-- A five-minute morning mobility routine (seed 002: "five minutes of mobility in the morning", daily; exercise doses
-- from seed 002, cat-cow reps from seed 000) and a 10-15 minute daily routine (seed 001: "10-15 minutes a day").
insert into program_template (id, name, goal, frequency, minutes_min, minutes_max, schedule_kind, times_per_day,
                              min_per_week, max_per_week, non_consecutive, weekdays, notes, sources) values
('morning-mobility', 'Morning Mobility',
 'Loosen a stiff back first thing in the day with a few flowing moves.',
 'Every morning, before the day gets going.', 5, 5, 'DAILY', 1, null, null, false, null,
 'Move slowly and stay in a comfortable range; stiffness usually eases within a couple of weeks.',
 '002_84a113f690ec992a.txt,000_1240bdc056074f32.txt'),
('daily-back-care', 'Daily Back Care',
 'Keep the back strong and mobile with a short mix of core, stretching and breathing work.',
 'Every day, 10 to 15 minutes.', 10, 15, 'DAILY', 1, null, null, false, null,
 'Finish with a minute of belly breathing.',
 '001_c97ec667eb11674d.txt,000_1240bdc056074f32.txt');

insert into program_template_item (template_id, position, exercise, sets_min, sets_max, reps_min, reps_max,
                                   hold_seconds_min, hold_seconds_max, per_side, notes) values
('morning-mobility', 1, 'cat-cow', 1, 1, 10, 15, null, null, false, 'Pause a moment in each position.'),
('morning-mobility', 2, 'down-dog-to-up-dog', 1, 1, null, null, 5, 5, false, 'Flow between the two, about five seconds in each.'),
('morning-mobility', 3, 'leg-swing', 1, 1, null, null, 30, 30, true, 'Shoulders stay on the floor.'),
('morning-mobility', 4, 'bear-hold', 1, 1, null, null, 15, 30, false, 'Knees just off the floor, back flat.'),
('daily-back-care', 1, 'bird-dog', 2, 2, 10, 12, 3, 5, true, 'Slow and controlled.'),
('daily-back-care', 2, 'glute-bridge', 2, 2, 12, 15, 3, 3, false, 'Drive through the heels.'),
('daily-back-care', 3, 'side-plank', 1, 1, null, null, 15, 30, true, 'Chest open, hips stacked.'),
('daily-back-care', 4, 'cat-cow', 1, 1, 10, 15, null, null, false, null),
('daily-back-care', 5, 'childs-pose', 1, 1, null, null, 30, 60, false, 'Breathe deeply.'),
('daily-back-care', 6, 'hip-flexor-stretch', 1, 1, null, null, 20, 30, true, null),
('daily-back-care', 7, 'piriformis-stretch', 1, 1, null, null, 30, 30, true, null);
