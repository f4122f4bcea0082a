-- How many alerts of the patient are open, so the rules need not look for open alerts when there are none.
alter table patient_profile add column open_alerts integer default 0 not null;
update patient_profile set open_alerts =
    (select count(*) from alert a where a.patient_id = patient_profile.patient_id and a.open_key is not null);
