#!/usr/bin/env bash
# Installs and starts the system services the test suite uses. Safe to run more than once.
set -euo pipefail

packages=(python3-flickrapi libflickr-api-perl flickcurl-utils chromium postgresql gcc libc6-dev)
missing=()
for pkg in "${packages[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# PostgreSQL for the PostgreSQL token store's tests: start the packaged cluster and create a
# role and database for them. The tests read FLICKRAPI_TEST_PG (exported by .ci/run).
pg_ctlcluster 15 main status >/dev/null 2>&1 || pg_ctlcluster 15 main start
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_roles WHERE rolname = 'flickrapi'\"" | grep -q 1 \
  || su postgres -c "psql -qc \"CREATE ROLE flickrapi LOGIN PASSWORD 'flickrapi'\""
su postgres -c "psql -qtAc \"SELECT 1 FROM pg_database WHERE datname = 'flickrapi_test'\"" \
  | grep -q 1 || su postgres -c "createdb -O flickrapi flickrapi_test"
