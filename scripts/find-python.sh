#!/usr/bin/env bash
# Prints the path of a Python 3.10 interpreter, or explains why there is none.
# Rasa Open Source 3.6 refuses Python 3.11 and later, so nothing else will do.
set -u
cd "$(dirname "$0")/.." || exit 1

is_python310() {
  "$1" -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 10) else 1)' >/dev/null 2>&1
}

candidates=()
# pyenv honours the project's .python-version ("3.10"), so its shim resolves first.
if command -v pyenv >/dev/null 2>&1; then
  candidates+=("$(pyenv which python3.10 2>/dev/null || true)")
fi
candidates+=(python3.10 /usr/local/bin/python3.10 /usr/bin/python3.10)

for candidate in "${candidates[@]}"; do
  [ -n "$candidate" ] || continue
  path=$(command -v "$candidate" 2>/dev/null) || continue
  if is_python310 "$path"; then
    echo "$path"
    exit 0
  fi
done

cat >&2 <<'MSG'
SpeakUp needs Python 3.10 (Rasa Open Source 3.6 does not run on 3.11 or later), and none was found.
Install it, then run make again. For example:
  - with pyenv:  pyenv install 3.10  (the project's .python-version selects it)
  - on Debian/Ubuntu: apt-get install python3.10 python3.10-venv
MSG
exit 1
