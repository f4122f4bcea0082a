-- The clinical rule book answers pain reports: each report keeps the id of the rule that answered it, and where
-- it hurt is a body region with a side. The catalog read model keeps what the rules need of an exercise: whether it
-- is strengthening work and which variants it links (catalog-service republishes every exercise, see its V4).
alter table pain_report add column rule_id varchar(64);
alter table pain_report add column side varchar(8);
alter table pain_report add column flare_up boolean not null default false;
alter table catalog_exercise add column category varchar(40);
alter table catalog_exercise add column harder_slugs varchar(400);
alter table catalog_exercise add column easier_slugs varchar(400);
