-- An alert names the clinical rule that raised it (docs/clinical-rules.md): the pain rule that answered the report
-- for session alerts, the alert rule itself for trend and inactivity alerts.
alter table alert add column rule_id varchar(64);
