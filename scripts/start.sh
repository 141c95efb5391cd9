#!/usr/bin/env bash
# Installs everything and starts the whole shop with demo data: web app + worker (relay, projectors).
# Ctrl-C stops every process it started.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

PORT="${PORT:-3000}"
export DATABASE_URL="${DATABASE_URL:-postgresql://postgres@127.0.0.1:5432/shop}"
export NATS_URL="${NATS_URL:-nats://127.0.0.1:4222}"

require_node
install_dependencies
ensure_services

# The web app runs as a production server, which wants its own secrets: a session key made once
# for this checkout, and the demo admin's password unless one is given.
secret_file="$STATE_DIR/session-secret"
[[ -s "$secret_file" ]] || node -e "process.stdout.write(require('node:crypto').randomBytes(32).toString('hex'))" >"$secret_file"
export SESSION_SECRET="${SESSION_SECRET:-$(cat "$secret_file")}"
export ADMIN_EMAIL="${ADMIN_EMAIL:-admin@shop.example}"
export ADMIN_PASSWORD="${ADMIN_PASSWORD:-demo-admin}"

say "Migrating the database"
(cd "$ROOT" && pnpm --silent db:migrate)

say "Adding the demo catalog"
(cd "$ROOT" && LOG_LEVEL=warn pnpm --silent --filter @shop/worker seed:demo)

say "Building the web app"
(cd "$ROOT" && pnpm --filter @shop/web build >"$STATE_DIR/web-build.log" 2>&1) ||
  fail "The web app did not build; see $STATE_DIR/web-build.log"

# JSON log lines made readable, each prefixed with the process it came from.
pretty_logs() {
  "$ROOT/node_modules/.bin/pino-pretty" --singleLine --ignore pid,hostname,service | sed -u "s/^/[$1] /"
}

children=()
stop_all() {
  trap - INT TERM EXIT
  # Stop the children first: the terminal this would print to may already be gone.
  for pid in "${children[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  say "Stopping the shop" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap stop_all INT TERM EXIT

# Job control gives each child its own process group, so stopping one stops everything it spawned.
set -m
(cd "$ROOT/apps/worker" && exec node --import tsx src/main.ts) > >(pretty_logs worker) 2>&1 &
children+=($!)
(cd "$ROOT/apps/web" && exec node_modules/.bin/next start --port "$PORT") > >(pretty_logs web) 2>&1 &
children+=($!)
set +m

for _ in $(seq 1 60); do
  port_open 127.0.0.1 "$PORT" && break
  sleep 1
done
port_open 127.0.0.1 "$PORT" || fail "The web app did not start on port $PORT."
say "The shop is running at http://localhost:$PORT. Ctrl-C stops it."
echo "  Shoppers sign in with a demo email such as ada@shop.example."
echo "  Admin: http://localhost:$PORT/admin as $ADMIN_EMAIL, password $ADMIN_PASSWORD"
wait -n "${children[@]}" || true
