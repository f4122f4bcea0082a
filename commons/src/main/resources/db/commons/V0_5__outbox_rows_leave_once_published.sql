-- The relay now deletes an event once the broker has acknowledged it, instead of stamping sent_at and keeping it for
-- a week: every row left in the table is unsent, the primary key gives the publishing order, and publishing no longer
-- writes a new row version plus three index entries per event. Kafka keeps the published events (topic retention).
-- Rows published before this migration go now, or the relay would publish them again.
delete from outbox_event where sent_at is not null;
drop index outbox_event_unsent;
alter table outbox_event drop column sent_at;
