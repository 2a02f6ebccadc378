-- A user's secret calendar feed address: 32 random bytes, base64url (43 characters). Null while the
-- feed is off; resetting replaces it, so the old address stops working at once. Unique so that a
-- token names exactly one user (several nulls are allowed on both H2 and PostgreSQL).
alter table app_user add column calendar_token varchar(64);
create unique index ux_app_user_calendar_token on app_user (calendar_token);
