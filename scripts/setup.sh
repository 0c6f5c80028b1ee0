#!/usr/bin/env bash
# Brings a machine that has only Node 20 and npm to one that runs the demo or the tests. Safe to re-run.
#
#   bash scripts/setup.sh demo   the demo's own dependency graph only (no Storybook, Vitest, Playwright...)
#   bash scripts/setup.sh test   the whole workspace, and Debian's Chromium and redis-server when missing
#
# pnpm comes from npx (cached per user, nothing installed globally) unless the pinned version is already
# on PATH. System packages are installed only when missing, and each one says why first.
set -euo pipefail
cd "$(dirname "$0")/.."

target="${1:-test}"
case "$target" in
  demo | test) ;;
  *) echo "setup: usage: bash scripts/setup.sh demo|test" >&2; exit 2 ;;
esac

pnpm_version=$(node -p "require('./package.json').packageManager.split('@')[1]")
pnpm() {
  if [ "$(command pnpm --version 2>/dev/null || true)" = "$pnpm_version" ]; then
    command pnpm "$@"
  else
    # corepack cannot verify the registry's signatures here; npx fetches the pinned pnpm into its cache.
    npx --yes "pnpm@$pnpm_version" "$@"
  fi
}

install_args=(--loglevel=error)
[ -n "${CI:-}" ] && install_args+=(--frozen-lockfile)
# A checkout that already has the whole workspace installed (someone ran the tests) keeps it: a
# production-only install would have to remove what is there first.
has_full_install() { grep -q '"devDependencies": true' node_modules/.modules.yaml 2>/dev/null; }
if [ "$target" = "demo" ] && ! has_full_install; then
  # The demo's runtime graph only: `--prod` leaves out every devDependency (the root's test tooling among
  # them, which pnpm would otherwise install with any filter), and the filter leaves out the other apps.
  pnpm install "${install_args[@]}" --prod --filter "@portalkit/demo..."
else
  pnpm install "${install_args[@]}"
fi

apt_install() {
  local package="$1" why="$2"
  echo "setup: installing Debian's $package: $why"
  local sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "$package" >/dev/null
}

if [ "$target" = "test" ]; then
  if [ -n "${CHROMIUM_PATH:-}" ]; then
    [ -x "$CHROMIUM_PATH" ] || { echo "setup: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable" >&2; exit 1; }
  elif [ ! -x /usr/bin/chromium ]; then
    apt_install chromium "the browser tests drive a real Chromium (set CHROMIUM_PATH to use another one)"
  fi
  # PostgreSQL comes with the machine image; Redis does not.
  if [ -n "${REDIS_SERVER:-}" ]; then
    [ -x "$REDIS_SERVER" ] || { echo "setup: REDIS_SERVER=$REDIS_SERVER is not an executable" >&2; exit 1; }
  elif ! command -v redis-server >/dev/null 2>&1; then
    apt_install redis-server "the Redis event store's tests run against a real Redis server (set REDIS_SERVER to use another one)"
  fi
fi
