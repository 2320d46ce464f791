#!/bin/sh
# Temporal's schema with its own tool (temporalio/admin-tools), on the databases postgres/init-databases.sh
# created. Safe to run on every start: setup-schema skips a database already past 0.0, and update-schema
# applies only the versions newer than the recorded one (how a server upgrade gets its schema).
set -eu
: "${POSTGRES_SEEDS:?}" "${POSTGRES_USER:?}" "${SQL_PASSWORD:?}"
SCHEMA=/etc/temporal/schema/postgresql/v12
for pair in temporal:temporal temporal_visibility:visibility; do
  db=${pair%%:*}
  dir=${pair#*:}
  echo "schema of ${db}"
  temporal-sql-tool --plugin postgres12 --ep "$POSTGRES_SEEDS" -p "${DB_PORT:-5432}" -u "$POSTGRES_USER" \
    --db "$db" setup-schema -v 0.0
  temporal-sql-tool --plugin postgres12 --ep "$POSTGRES_SEEDS" -p "${DB_PORT:-5432}" -u "$POSTGRES_USER" \
    --db "$db" update-schema -d "${SCHEMA}/${dir}/versioned"
done
