# Shared by start.sh and test.sh: Node check, pnpm, dependencies, and the Postgres + NATS services.
# shellcheck shell=bash

PNPM_VERSION=10.34.8
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE_DIR="$ROOT/.shop"
mkdir -p "$STATE_DIR"
# Next.js would otherwise try to report usage over the network.
export NEXT_TELEMETRY_DISABLED=1

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
fail() {
  printf '\033[31mERROR:\033[0m %s\n' "$*" >&2
  exit 1
}

require_node() {
  command -v node >/dev/null 2>&1 || fail "Node.js is not installed. Install Node 20.19 or newer (https://nodejs.org) and run this again."
  node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' ||
    fail "Node $(node -v) is too old: the shop needs Node 20.19 or newer."
}

pnpm() {
  if command -v pnpm >/dev/null 2>&1 && [[ "$(command pnpm --version 2>/dev/null)" == "$PNPM_VERSION" ]]; then
    command pnpm "$@"
  else
    npx --yes "pnpm@$PNPM_VERSION" "$@"
  fi
}

install_dependencies() {
  say "Installing dependencies (pnpm $PNPM_VERSION)"
  (cd "$ROOT" && pnpm install --frozen-lockfile --prefer-offline) || fail "pnpm install failed (see above)."
}

port_open() { (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null; }

wait_for_port() {
  local host=$1 port=$2 name=$3
  for _ in $(seq 1 60); do
    port_open "$host" "$port" && return 0
    sleep 1
  done
  fail "$name did not start listening on $host:$port within 60 s."
}

docker_usable() {
  command -v docker >/dev/null 2>&1 && docker info >/dev/null 2>&1 && docker compose version >/dev/null 2>&1
}

start_local_postgres() {
  command -v pg_ctlcluster >/dev/null 2>&1 || return 1
  local version
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)
  [[ -n "$version" ]] || return 1
  say "Starting the local PostgreSQL $version cluster"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || return 1
}

start_local_nats() {
  command -v nats-server >/dev/null 2>&1 || return 1
  say "Starting the local nats-server with JetStream"
  mkdir -p "$STATE_DIR/nats"
  nohup nats-server -a 127.0.0.1 -p 4222 -js -sd "$STATE_DIR/nats" >"$STATE_DIR/nats.log" 2>&1 &
}

# Finds Postgres (127.0.0.1:5432) and NATS with JetStream (127.0.0.1:4222), or starts them with Docker
# Compose, or with the local installs; otherwise says exactly what is missing.
ensure_services() {
  local missing=()
  port_open 127.0.0.1 5432 || missing+=(postgres)
  port_open 127.0.0.1 4222 || missing+=(nats)
  if ((${#missing[@]} == 0)); then
    say "Found PostgreSQL on 127.0.0.1:5432 and NATS on 127.0.0.1:4222"
    return 0
  fi
  if docker_usable; then
    say "Starting ${missing[*]} with Docker Compose"
    (cd "$ROOT" && docker compose up -d --wait "${missing[@]}") || fail "docker compose could not start ${missing[*]}."
  else
    for service in "${missing[@]}"; do
      case $service in
        postgres) start_local_postgres || fail "PostgreSQL is not running on 127.0.0.1:5432 and neither Docker nor a local PostgreSQL install was found.
       Either install Docker (https://docs.docker.com/get-docker/) so this script can run 'docker compose up',
       or install PostgreSQL 15+ and start it with trust auth for user 'postgres' on 127.0.0.1:5432
       (Debian/Ubuntu: sudo apt-get install postgresql)." ;;
        nats) start_local_nats || fail "NATS is not running on 127.0.0.1:4222 and neither Docker nor a local nats-server was found.
       Either install Docker (https://docs.docker.com/get-docker/) so this script can run 'docker compose up',
       or install nats-server 2.9+ (Debian/Ubuntu: sudo apt-get install nats-server) and start it with JetStream:
       nats-server -a 127.0.0.1 -p 4222 -js" ;;
      esac
    done
  fi
  wait_for_port 127.0.0.1 5432 PostgreSQL
  wait_for_port 127.0.0.1 4222 NATS
}
