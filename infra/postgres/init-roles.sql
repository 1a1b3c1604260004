-- Runs once, when the PostgreSQL volume is empty (docker-entrypoint-initdb.d), as the superuser.
-- Communa needs two roles besides the superuser:
--   communa_owner  owns the database and its objects; runs migrations and tenants:apply (DATABASE_URL)
--   communa_app    what every request runs as (DATABASE_APP_URL): owns nothing and has no BYPASSRLS,
--                  so the row-level security policies always apply to it. The migrations grant it
--                  its privileges (and skip creating it, since it exists).
-- Passwords come from the container's environment, so none is written here.
\set ON_ERROR_STOP on
\getenv owner_password COMMUNA_OWNER_PASSWORD
\getenv app_password COMMUNA_APP_PASSWORD

CREATE ROLE communa_owner LOGIN PASSWORD :'owner_password'
  NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS;

CREATE ROLE communa_app LOGIN PASSWORD :'app_password'
  NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS NOINHERIT;

CREATE DATABASE communa OWNER communa_owner;

\connect communa
-- Since PostgreSQL 15 the public schema belongs to the database owner and PUBLIC may not create in
-- it; say so explicitly, so the application role can never create objects of its own.
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
