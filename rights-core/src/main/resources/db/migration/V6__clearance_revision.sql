-- A counter per production that every change to what its clearance depends on (cues, items, options,
-- the works, recordings, shares and parties its cues use) raises in the same transaction, so any
-- instance can tell whether a clearance summary it computed earlier is still current.
-- Rows written without the application keep the default; they are read fresh at the next start.
alter table production add column clearance_revision bigint default 0 not null;
