#!/usr/bin/env bash
# Installs, from Debian's packages, the servers the tests start for themselves (each its own throwaway
# instance on loopback; nothing is configured or started here): PostgreSQL for SpeakUp over
# DATABASE_URL=postgresql://..., Redis for several hubs sharing state (REDIS_URL), and nginx as the load
# balancer of deploy/nginx/ in front of them. Needs root (CI and the project's machines run as root).
set -euo pipefail
missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
[ ${#missing[@]} -eq 0 ] && exit 0
sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
echo "Installing ${missing[*]} from Debian's packages for the tests that run their own servers"
$sudo_cmd apt-get update -qq
# The packages' own services are not wanted running (the tests start their own): at runlevel 1
# Debian's invoke-rc.d starts none of them.
DEBIAN_FRONTEND=noninteractive RUNLEVEL=1 $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
