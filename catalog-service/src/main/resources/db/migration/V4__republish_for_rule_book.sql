-- The rule book's consumers now keep each exercise's category and all of its variant links: a new version puts
-- every exercise on catalog.exercises again at the next start (ExerciseService.publishPending).
update exercise set version = version + 1, updated_at = current_timestamp;
