#!/usr/bin/env bash
# Installs Debian's Redis server, the shared state of several hubs (REDIS_URL), for the tests that run
# SpeakUp with it. The tests start their own throwaway server; nothing is configured or started here.
set -euo pipefail
if command -v redis-server >/dev/null 2>&1; then exit 0; fi
sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
echo "Installing Redis from Debian's packages for the tests of several hubs"
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq redis-server >/dev/null
