#!/usr/bin/env bash
# Installs Debian's chromium for the browser tests, and Debian's Noto fonts so that pages in Gujarati,
# Gurmukhi, Bengali, Tamil, Devanagari, Urdu, Arabic and Sorani render as people's own devices show
# them (no tofu boxes); needs root (CI and the project's machines run as root). Fonts are never fetched
# by the pages themselves.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
dpkg-query -W -f='${Status}' fonts-noto-core 2>/dev/null | grep -q "ok installed" || missing+=(fonts-noto-core)
[ ${#missing[@]} -eq 0 ] && exit 0
sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
echo "Installing ${missing[*]} from Debian's packages for the browser tests"
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
