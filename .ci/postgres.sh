# Sourced by .ci/run: a real PostgreSQL server with PostGIS for the PostgreSQL tests (no Docker on
# these machines), from Debian's packages, then the variables the tests read. Root, fresh Debian.
# shellcheck shell=bash

if ! command -v pg_lsclusters >/dev/null 2>&1 || ! compgen -G '/usr/share/postgresql/*/extension/postgis.control' >/dev/null; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql postgresql-15-postgis-3 >/dev/null
fi

# The newest installed server version's cluster; Debian's package creates "main", a minimal image may not.
pg_version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk -v v="$pg_version" '$1 == v && $2 == "main" {found=1} END {exit !found}'; then
  pg_createcluster "$pg_version" main >/dev/null
fi
pg_port=$(pg_lsclusters -h | awk -v v="$pg_version" '$1 == v && $2 == "main" {print $3}')
if ! pg_lsclusters -h | awk -v v="$pg_version" '$1 == v && $2 == "main" && $4 == "online" {found=1} END {exit !found}'; then
  pg_ctlcluster "$pg_version" main start
fi
pg_isready -q -h localhost -p "$pg_port" -t 60

# The tests' role creates a database per test folder and the PostGIS extension in it: a superuser,
# on a throwaway CI server only.
runuser -u postgres -- psql -q -p "$pg_port" -v ON_ERROR_STOP=1 <<'SQL'
DO $$BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'kharita') THEN
    CREATE ROLE kharita LOGIN SUPERUSER PASSWORD 'kharita';
  ELSE
    ALTER ROLE kharita LOGIN SUPERUSER PASSWORD 'kharita';
  END IF;
END$$;
SQL
if ! runuser -u postgres -- psql -p "$pg_port" -Atc "SELECT 1 FROM pg_database WHERE datname = 'kharita'" | grep -q 1; then
  runuser -u postgres -- createdb -p "$pg_port" -O kharita kharita
fi

export KHARITA_TEST_POSTGRES_URL="jdbc:postgresql://localhost:${pg_port}/kharita"
export KHARITA_TEST_POSTGRES_USER=kharita
export KHARITA_TEST_POSTGRES_PASSWORD=kharita
# Absence of the server is now a failure, not a skip.
export KHARITA_REQUIRE_POSTGRES=1
