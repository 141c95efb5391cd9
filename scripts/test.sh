#!/usr/bin/env bash
# Installs everything (Chromium from apt when missing) and runs every check and test:
# format, lint, types, unit, integration (real Postgres + NATS) and the browser test.
set -uo pipefail
source "$(dirname "$0")/lib/common.sh"
RESULTS="$STATE_DIR/test-results"

ensure_chromium() {
  command -v chromium >/dev/null 2>&1 && return 0
  say "Installing Chromium for the browser test (apt)"
  local sudo=()
  ((EUID == 0)) || sudo=(sudo)
  if command -v apt-get >/dev/null 2>&1; then
    "${sudo[@]}" apt-get update -qq && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  fi
  command -v chromium >/dev/null 2>&1 ||
    fail "Chromium is missing and could not be installed with apt-get. Install it (Debian/Ubuntu: sudo apt-get install chromium) and run this again."
}

failed_steps=()
step() {
  local name=$1
  shift
  say "$name"
  if ! (cd "$ROOT" && "$@"); then
    failed_steps+=("$name")
    printf '\033[31m--> %s failed\033[0m\n' "$name"
  fi
}

require_node
install_dependencies
ensure_chromium
ensure_services
rm -rf "$RESULTS" && mkdir -p "$RESULTS"

vitest() { pnpm exec vitest run --project "$1" --reporter=default --reporter=json --outputFile.json="$RESULTS/$1.json"; }
playwright() {
  PLAYWRIGHT_JSON_OUTPUT_NAME="$RESULTS/e2e.json" pnpm --filter @shop/web exec playwright test --reporter=list,json
}

step "Formatting (prettier)" pnpm exec prettier --check .
step "Lint (eslint)" pnpm exec eslint . --max-warnings 0
step "Types (tsc)" pnpm typecheck
step "Unit tests" vitest unit
step "Integration tests (Postgres + NATS)" vitest int
step "Integration tests that hold a transaction open (one at a time)" vitest int-exclusive
step "Build the web app" pnpm --filter @shop/web build
step "Browser tests (Playwright + Chromium)" playwright

node "$ROOT/scripts/summarize-tests.mjs" "$RESULTS"
if ((${#failed_steps[@]} > 0)); then
  printf '\033[31mFailed: %s\033[0m\n' "$(IFS=,; echo "${failed_steps[*]}")"
  exit 1
fi
say "Everything passed"
