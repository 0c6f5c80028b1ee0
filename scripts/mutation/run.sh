#!/usr/bin/env bash
# pnpm test:mutation [server|react] [stryker options...]
#
# Mutation testing of the security files (StrykerJS with its vitest runner): the server's, then the React
# hook's and client's. Stryker lives in this folder, outside the workspace, so the install that `npm test`
# does stays lean; it is installed here on first use from the committed lockfile. Reports go to
# reports/mutation/, and each run ends with a per-file score table.
#
#   pnpm test:mutation                      both runs (long: an hour or more on two busy cores)
#   pnpm test:mutation server               one run
#   pnpm test:mutation server --mutate packages/server/src/core/check-request-origin.ts
#                                           some files only (comma-separated; a second --mutate replaces the first)
#   pnpm test:mutation react --incremental  only mutants whose code or tests changed since the last run
set -euo pipefail
cd "$(dirname "$0")/../.."
here=scripts/mutation

[ -d node_modules ] || bash scripts/setup.sh test

# Reinstall when a pin in package.json differs from what is installed (or nothing is).
stale=$(node -e '
  const pins = require("./'"$here"'/package.json").devDependencies;
  for (const [name, version] of Object.entries(pins)) {
    let installed = null;
    try { installed = require("./'"$here"'/node_modules/" + name + "/package.json").version; } catch {}
    if (installed !== version) { console.log(name); break; }
  }')
if [ -n "$stale" ]; then
  echo "test:mutation: installing StrykerJS into $here"
  (cd "$here" && npm ci --silent)
fi

runs=(server react)
case "${1:-}" in
  server | react) runs=("$1"); shift ;;
esac

for run in "${runs[@]}"; do
  echo "test:mutation: $run"
  "$here/node_modules/.bin/stryker" run "$here/$run.stryker.config.mjs" "$@"
done
