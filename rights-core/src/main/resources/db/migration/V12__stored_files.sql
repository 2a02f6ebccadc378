-- Stored files in the database (issue 17): with rights.files.store=database, uploaded documents and
-- issued PDFs live here instead of under the data directory, so instances share nothing but the
-- database. Content addressed as on disk: one row per (area, SHA-256), the bytes in ordered chunks of
-- at most 256 KiB, written and read one chunk at a time so no file is ever held in memory whole.
-- bytea is PostgreSQL's binary type and an H2 alias of binary varying: the same DDL serves both.
create table stored_file (
    area        varchar(20) not null,
    sha256      varchar(64) not null,
    size_bytes  bigint not null check (size_bytes >= 0),
    chunks      integer not null check (chunks >= 0),
    stored_at   timestamp(6) with time zone not null,
    primary key (area, sha256)
);

create table stored_file_chunk (
    area    varchar(20) not null,
    sha256  varchar(64) not null,
    seq     integer not null check (seq >= 0),
    bytes   bytea not null,
    primary key (area, sha256, seq),
    foreign key (area, sha256) references stored_file (area, sha256) on delete cascade
);
