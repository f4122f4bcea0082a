-- A program version's status, so a paused program (a red flag pauses it until a clinician resumes it) or one held
-- for review starts no live session; versions stored before this are read as active.
alter table program_snapshot add column status varchar(16);
alter table program_snapshot add column hold_reason varchar(500);
