#!/usr/bin/env bash
# Brings a machine that has only Node 20 and npm to one that runs the demo (and, with --browser, the
# tests): pnpm at the pinned version, the workspace's packages, and Debian's Chromium. Safe to re-run.
set -euo pipefail
cd "$(dirname "$0")/.."

pnpm_version=$(node -p "require('./package.json').packageManager.split('@')[1]")
if [ "$(pnpm --version 2>/dev/null || true)" != "$pnpm_version" ]; then
  echo "setup: installing pnpm $pnpm_version"
  # corepack cannot verify the registry's signatures here, so npm installs pnpm instead.
  npm install --global --silent "pnpm@$pnpm_version"
fi

if [ -n "${CI:-}" ]; then
  pnpm install --frozen-lockfile --reporter=silent
else
  pnpm install --reporter=silent
fi

if [ "${1:-}" = "--browser" ] && [ -z "${CHROMIUM_PATH:-}" ] && [ ! -x /usr/bin/chromium ]; then
  # Browser tests drive Debian's Chromium; nothing downloads a browser of its own.
  echo "setup: installing Chromium from Debian's packages"
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi
