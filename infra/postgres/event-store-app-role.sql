-- The application's role on the event store: it reads and appends, it never owns.
-- Run as the owner of the event_store schema (the role that ran the migrations), once after
-- each upgrade that adds event-store migrations. `recours_app` is the role the API and the
-- projectors log in as (its DATABASE_URL user); it may own the other schemas.
--
-- Without ownership the role cannot ALTER the table (so cannot DISABLE the append-only
-- trigger), DROP it or the trigger, and it has no UPDATE or DELETE privilege on events.
GRANT USAGE ON SCHEMA event_store TO recours_app;
GRANT SELECT, INSERT ON event_store.events TO recours_app;
GRANT SELECT ON event_store.schema_migrations TO recours_app;
GRANT SELECT, INSERT, UPDATE ON event_store.checkpoints TO recours_app;

-- The key ring of the data subjects (issue 17, `keys` schema, made by the owner's first start):
-- the application reads keys, makes one for a new subject and destroys one on erasure (UPDATE
-- sets it to NULL); it never deletes a row, which keeps an erased subject erased.
GRANT USAGE ON SCHEMA keys TO recours_app;
GRANT SELECT ON keys.schema_migrations TO recours_app;
GRANT SELECT, INSERT, UPDATE ON keys.subject_keys TO recours_app;
