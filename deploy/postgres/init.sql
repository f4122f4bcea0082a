-- Lumbar PostgreSQL init script (run once, on first start of an empty data volume).
-- The `lumbar` database itself is created by POSTGRES_DB in docker-compose.yml.
-- Each service owns its own schema inside it and creates its tables at start-up,
-- so nothing special is needed here; add local fixtures below if you want them.
SELECT 'lumbar database initialised' AS info;
