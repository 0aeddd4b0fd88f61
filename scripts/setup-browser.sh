#!/usr/bin/env bash
# Makes sure a Chromium is available for the browser tests. CHROMIUM_PATH wins; otherwise Debian's chromium package
# is installed when missing (needs root or sudo; this is what a fresh Debian/Ubuntu machine and CI get).
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ]; then
  [ -x "$CHROMIUM_PATH" ] || { echo "CHROMIUM_PATH=$CHROMIUM_PATH is not executable" >&2; exit 1; }
  echo "Using CHROMIUM_PATH=$CHROMIUM_PATH"; exit 0
fi
for c in /usr/bin/chromium /usr/bin/chromium-browser; do
  if [ -x "$c" ]; then echo "Using $c"; exit 0; fi
done
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "Chromium is missing and there is no sudo: install the 'chromium' package or set CHROMIUM_PATH" >&2; exit 1; }
  SUDO="sudo"
fi
command -v apt-get >/dev/null 2>&1 || { echo "Chromium is missing and apt-get is not available: install Chromium and set CHROMIUM_PATH" >&2; exit 1; }
echo "Installing Debian chromium (for the headless browser tests)…"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null
[ -x /usr/bin/chromium ] && echo "Installed /usr/bin/chromium"
