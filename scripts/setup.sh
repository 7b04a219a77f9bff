#!/usr/bin/env bash
# Prepares a fresh Debian machine (run as root) to build and test: the system packages the tests
# drive (Chromium for the sidebar, LibreOffice Calc for checking formulas), then the npm packages
# from the lock file. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(chromium libreoffice-calc-nogui)

missing=()
for pkg in "${SYSTEM_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$pkg")
  fi
done

if ((${#missing[@]} > 0)); then
  if [[ $EUID -ne 0 ]]; then
    echo "setup: missing system packages: ${missing[*]}; run this script as root to install them." >&2
    exit 1
  fi
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update
  apt-get install -y "${missing[@]}"
else
  echo "setup: system packages present: ${SYSTEM_PACKAGES[*]}"
fi

npm ci
