#!/bin/sh
# Runs once, when the postgres image initialises an empty data volume (docker-entrypoint-initdb.d):
# one login role and database per tenant of the server; neither may even connect to the other's.
# The app's role owns its database (its migrations create pg_trgm, a trusted extension).
set -eu
: "${PERSONNEL_DB_PASSWORD:?PERSONNEL_DB_PASSWORD is required}"
: "${TEMPORAL_DB_PASSWORD:?TEMPORAL_DB_PASSWORD is required}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v personnel_password="$PERSONNEL_DB_PASSWORD" -v temporal_password="$TEMPORAL_DB_PASSWORD" <<'SQL'
CREATE ROLE personnel LOGIN PASSWORD :'personnel_password';
CREATE DATABASE personnel OWNER personnel;
CREATE ROLE temporal LOGIN PASSWORD :'temporal_password';
CREATE DATABASE temporal OWNER temporal;
CREATE DATABASE temporal_visibility OWNER temporal;
REVOKE CONNECT ON DATABASE personnel, temporal, temporal_visibility FROM PUBLIC;
SQL
