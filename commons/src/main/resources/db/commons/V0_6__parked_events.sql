-- Events that refer to something this service has not heard of yet (a program, a patient), kept until it arrives
-- or they have waited too long (commons/messaging/ParkingLot). The record is kept whole, headers included, so it
-- can be applied, or dead-lettered, as it was consumed.
create table parked_event (
    event_id         varchar(200)  not null primary key,
    topic            varchar(120)  not null,
    record_partition integer       not null,
    record_offset    bigint        not null,
    record_key       varchar(200),
    record_timestamp bigint        not null,
    headers          varchar(100000) not null,
    payload          varchar(1000000),
    waiting_for      varchar(500)  not null,
    parked_at        timestamp with time zone not null
);
create index parked_event_key on parked_event (record_key, topic, record_partition, record_offset);
create index parked_event_age on parked_event (parked_at);
