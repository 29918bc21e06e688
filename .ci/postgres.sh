#!/usr/bin/env bash
# Starts a throw-away PostgreSQL for the JDBC adapter's tests and exports its JDBC URL.
#
# Source it (the usual way, from .ci/run):
#   source .ci/postgres.sh
#   crmkit_postgres_start            # installs PostgreSQL if missing, starts it, exports CRMKIT_POSTGRES_URL
#   trap crmkit_postgres_stop EXIT
#   mvn -B verify -Dcrmkit.postgres.url="$CRMKIT_POSTGRES_URL"
# or run it directly:
#   .ci/postgres.sh start            # prints the JDBC URL on stdout; the data directory on stderr
#   .ci/postgres.sh stop DATA_DIR
#
# The cluster lives in a fresh temporary directory owned by the postgres user, listens on
# 127.0.0.1 only, on a private port (CRMKIT_POSTGRES_PORT, default 55432) with its own socket
# directory, and holds one database, crmkit_test. Nothing outside the temporary directory is
# touched except installing the postgresql package when no server binaries are found.
set -euo pipefail

CRMKIT_POSTGRES_PORT="${CRMKIT_POSTGRES_PORT:-55432}"

crmkit_postgres_bin() {
  local dir
  dir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [[ -z "$dir" || ! -x "$dir/initdb" ]]; then
    echo "postgres.sh: PostgreSQL not found, installing it (apt-get install -y postgresql)" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
    dir="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
  fi
  echo "$dir"
}

# Runs a command as the postgres user (the server refuses to run as root).
crmkit_postgres_as() {
  if [[ "$(id -un)" == "postgres" ]]; then
    "$@"
  elif command -v runuser >/dev/null 2>&1; then
    runuser -u postgres -- "$@"
  else
    su postgres -s /bin/bash -c "$(printf '%q ' "$@")"
  fi
}

crmkit_postgres_start() {
  local bin
  bin="$(crmkit_postgres_bin)"
  if ! id postgres >/dev/null 2>&1; then
    useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
  fi
  CRMKIT_POSTGRES_DIR="$(mktemp -d -t crmkit-pg.XXXXXX)"
  chown postgres: "$CRMKIT_POSTGRES_DIR"
  chmod 700 "$CRMKIT_POSTGRES_DIR"
  mkdir "$CRMKIT_POSTGRES_DIR/socket"
  chown postgres: "$CRMKIT_POSTGRES_DIR/socket"
  crmkit_postgres_as "$bin/initdb" -D "$CRMKIT_POSTGRES_DIR/data" -U postgres --auth=trust \
    --encoding=UTF8 --no-locale >"$CRMKIT_POSTGRES_DIR/initdb.log" 2>&1 \
    || { cat "$CRMKIT_POSTGRES_DIR/initdb.log" >&2; return 1; }
  crmkit_postgres_as "$bin/pg_ctl" -D "$CRMKIT_POSTGRES_DIR/data" -l "$CRMKIT_POSTGRES_DIR/server.log" -w \
    -o "-p $CRMKIT_POSTGRES_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$CRMKIT_POSTGRES_DIR/socket -c fsync=off" \
    start >&2 || { cat "$CRMKIT_POSTGRES_DIR/server.log" >&2; return 1; }
  crmkit_postgres_as "$bin/createdb" -h 127.0.0.1 -p "$CRMKIT_POSTGRES_PORT" -U postgres crmkit_test
  CRMKIT_POSTGRES_BIN="$bin"
  CRMKIT_POSTGRES_URL="jdbc:postgresql://127.0.0.1:$CRMKIT_POSTGRES_PORT/crmkit_test?user=postgres"
  export CRMKIT_POSTGRES_DIR CRMKIT_POSTGRES_BIN CRMKIT_POSTGRES_URL
  echo "postgres.sh: PostgreSQL running in $CRMKIT_POSTGRES_DIR, URL $CRMKIT_POSTGRES_URL" >&2
}

# Stops the server and removes its directory; safe to call twice or when nothing was started.
crmkit_postgres_stop() {
  local dir="${1:-${CRMKIT_POSTGRES_DIR:-}}"
  [[ -n "$dir" && -d "$dir" ]] || return 0
  local bin="${CRMKIT_POSTGRES_BIN:-$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)}"
  if [[ -f "$dir/data/postmaster.pid" ]]; then
    crmkit_postgres_as "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
  fi
  rm -rf "$dir"
  CRMKIT_POSTGRES_DIR=""
}

if [[ "${BASH_SOURCE[0]}" == "$0" ]]; then
  case "${1:-}" in
    start)
      crmkit_postgres_start
      echo "postgres.sh: stop it with: $0 stop $CRMKIT_POSTGRES_DIR" >&2
      echo "$CRMKIT_POSTGRES_URL"
      ;;
    stop)
      crmkit_postgres_stop "${2:?usage: $0 stop DATA_DIR}"
      ;;
    *)
      echo "usage: $0 start | stop DATA_DIR" >&2
      exit 2
      ;;
  esac
fi
