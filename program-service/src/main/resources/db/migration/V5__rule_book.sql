-- The clinical rule book (docs/clinical-rules.md) in program-service.

-- A program held by a rule: paused by a red flag or pain on several exercises until a clinician resumes it, or
-- waiting for a clinician's review after a positive screening. hold_rule is the rule id, hold_reason what it said.
alter table program add column hold_rule varchar(64);
alter table program add column hold_reason varchar(500);

-- The screening questions a patient answers before a first program (rules screening.*).
create table screening (
    id                     uuid          not null primary key,
    patient_id             varchar(200)  not null,
    red_flags              varchar(200),
    chronic_or_severe      boolean       not null,
    recent_fall_or_surgery boolean       not null,
    needs_review           boolean       not null,
    reasons                varchar(200),
    answered_at            timestamp with time zone not null,
    cleared_at             timestamp with time zone,
    cleared_by             varchar(200)
);
create index screening_patient on screening (patient_id, answered_at);

-- What the progression rules need of an exercise: whether it is strengthening work, and the tops of its ranges.
alter table known_exercise add column category varchar(40);
alter table known_exercise add column sets_max integer;
alter table known_exercise add column reps_max integer;

-- A proposal carries the whole new dose and the id of the rule that made it.
alter table proposal add column new_reps integer;
alter table proposal add column new_per_side boolean;
alter table proposal add column rule_id varchar(64);

-- Template items may be a warm-up (Core Strengthening warms up with Gentle Relief, 000:121).
alter table program_template_item add column phase varchar(16);

-- Strength work is never scheduled on consecutive days (000:119, 000:151; rule schedule.strength-rest-day).
-- Morning Mobility is daily, so its bear hold (core stability) goes.
delete from program_template_item where template_id = 'morning-mobility' and exercise = 'bear-hold';
-- Daily Back Care keeps its daily stretching and mobility; its bird-dog, bridge and side plank live in Core
-- Strengthening, three or four days a week.
delete from program_template_item where template_id = 'daily-back-care'
   and exercise in ('bird-dog', 'glute-bridge', 'side-plank');
update program_template_item set position = position + 100 where template_id = 'daily-back-care';
update program_template_item set position = position - 103 where template_id = 'daily-back-care';
update program_template set
    goal = 'Keep the back mobile with a short daily mix of stretching and gentle mobility; strengthening goes on separate days.',
    notes = 'Pair it with Core Strengthening three or four times a week for the strength work. Finish with a minute of belly breathing.'
 where id = 'daily-back-care';

-- Core Strengthening starts with a 5-minute Gentle Relief warm-up, as planned items (000:121).
update program_template_item set position = position + 100 where template_id = 'core-strengthening';
update program_template_item set position = position - 97 where template_id = 'core-strengthening';
insert into program_template_item (template_id, position, exercise, sets_min, sets_max, reps_min, reps_max,
                                   hold_seconds_min, hold_seconds_max, per_side, notes, phase) values
('core-strengthening', 1, 'pelvic-tilt', 1, 1, 10, 12, null, null, false, 'Warm-up: slow reps.', 'warm-up'),
('core-strengthening', 2, 'cat-cow', 1, 1, 10, 15, null, null, false, 'Warm-up: paced by your breath.', 'warm-up'),
('core-strengthening', 3, 'knee-to-chest', 1, 1, 2, 2, 30, 30, true, 'Warm-up: 30 seconds each side, twice.', 'warm-up');
update program_template set notes = 'Starts with the 5-minute Gentle Relief warm-up. Leave a rest day between sessions.'
 where id = 'core-strengthening';

-- Gentle Relief twice a day, morning and evening (000:112), and a 20-minute evening mobility routine (002:27, its
-- exercises from the daily mobility routine of 002 and the stretches of 001 and 004).
insert into program_template (id, name, goal, frequency, minutes_min, minutes_max, schedule_kind, times_per_day,
                              min_per_week, max_per_week, non_consecutive, weekdays, notes, sources) values
('gentle-relief-twice-daily', 'Gentle Relief, Morning and Evening',
 'Ease pain and stiffness with the Gentle Relief moves twice a day, once in the morning and once in the evening.',
 'Every day, morning and evening.', 5, 10, 'DAILY', 2, null, null, false, null,
 'Safe on most flare-up days; stay in a pain-free range.', '000_1240bdc056074f32.txt'),
('evening-mobility', 'Evening Mobility',
 'Unwind a stiff back before bed with a slow, longer mobility and stretching routine.',
 'Every evening, about 20 minutes before bed.', 20, 20, 'DAILY', 1, null, null, false, null,
 'Move slowly, breathe deeply and stay in a comfortable range.',
 '002_84a113f690ec992a.txt,001_c97ec667eb11674d.txt,004_5d53c57711750722.txt,000_1240bdc056074f32.txt');
insert into program_template_item (template_id, position, exercise, sets_min, sets_max, reps_min, reps_max,
                                   hold_seconds_min, hold_seconds_max, per_side, notes, phase) values
('gentle-relief-twice-daily', 1, 'pelvic-tilt', 1, 1, 10, 12, null, null, false, 'Slow reps.', null),
('gentle-relief-twice-daily', 2, 'cat-cow', 1, 1, 10, 15, null, null, false, 'Flowing reps, paced by your breath.', null),
('gentle-relief-twice-daily', 3, 'knee-to-chest', 1, 1, 2, 2, 30, 30, true, 'Hold 30 seconds on each side; do it twice.', null),
('evening-mobility', 1, 'cat-cow', 1, 1, 10, 15, null, null, false, 'Slow and controlled, with your breath.', null),
('evening-mobility', 2, 'down-dog-to-up-dog', 1, 1, null, null, 5, 5, false, 'About five seconds in each position.', null),
('evening-mobility', 3, 'leg-swing', 1, 1, null, null, 30, 30, true, 'Shoulders stay on the floor.', null),
('evening-mobility', 4, 'seated-spinal-twist', 1, 1, null, null, 20, 30, true, 'Turn a little further on each breath out.', null),
('evening-mobility', 5, 'hip-flexor-stretch', 1, 1, null, null, 20, 30, true, 'Keep the back straight.', null),
('evening-mobility', 6, 'piriformis-stretch', 1, 1, null, null, 30, 30, true, null, null),
('evening-mobility', 7, 'knee-to-chest', 1, 1, 2, 2, 30, 30, true, 'Hold 30 seconds on each side; do it twice.', null),
('evening-mobility', 8, 'childs-pose', 1, 1, null, null, 60, 120, false, 'Rest here for a minute or two and breathe.', null);
