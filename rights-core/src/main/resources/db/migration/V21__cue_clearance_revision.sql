-- A counter per cue, raised with its production's clearance_revision whenever anything that cue's own
-- verdict depends on changes (the cue, its items and their options and timeline, the work, recording,
-- shares and parties it uses), so a kept production verdict can be brought up to date by evaluating
-- only the cues whose counter moved. Rows written without the application keep the default.
alter table cue add column clearance_revision bigint default 0 not null;
