#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests; needs root (CI and the project's machines run as root).
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
echo "Installing chromium from Debian's packages for the browser tests"
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
