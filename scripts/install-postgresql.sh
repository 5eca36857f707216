#!/usr/bin/env bash
# Installs Debian's PostgreSQL server for the test that runs SpeakUp over PostgreSQL (DATABASE_URL).
# The test starts its own throwaway cluster; nothing is configured or started here.
set -euo pipefail
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then exit 0; fi
sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
echo "Installing PostgreSQL from Debian's packages for the PostgreSQL test"
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq postgresql >/dev/null
