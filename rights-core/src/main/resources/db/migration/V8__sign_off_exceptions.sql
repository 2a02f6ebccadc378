-- A sign-off names the signer's role, may accept the production as not cleared ("with exceptions",
-- with the signer's written reason), and records which earlier sign-off it supersedes. Rows are
-- locked once written, so the older sign-off is marked superseded by the newer one pointing at it.
alter table sign_off add column signer_role varchar(60);
alter table sign_off add column with_exceptions boolean default false not null;
alter table sign_off add column exceptions_reason varchar(2000);
alter table sign_off add column supersedes integer;
-- Every later sign-off superseded the one before it; sign-offs are numbered without gaps.
update sign_off set supersedes = number - 1 where number > 1;
alter table sign_off add constraint ck_sign_off_reason check (with_exceptions = false or exceptions_reason is not null);
alter table sign_off add constraint ck_sign_off_supersedes check (supersedes is null or (supersedes > 0 and supersedes < number));
