#!/usr/bin/env bash
# A throw-away PostgreSQL server for the integration tests, on loopback only (Maven profile `postgresql`).
#
#   pg-test.sh start DIR PORT [DB...]
#                               initdb in DIR (a fresh cluster each time), start on 127.0.0.1:PORT, create the role
#                               `parindex` (password `parindex`, may create databases), its database `parindex` and
#                               the databases DB… it owns (one per failsafe fork)
#   pg-test.sh stop DIR         stop that server (fast shutdown); the cluster stays in DIR for a look afterwards
#   pg-test.sh resume DIR PORT  start the cluster in DIR again as it was (no initdb): the database-fault test stops
#                               the server under a running service and brings it back
#   pg-test.sh available        exit 0 when a PostgreSQL server can be started here (installed, or installable)
#
# The server comes from Debian's packages (postgresql); `start` installs them where missing (root, or sudo).
# Nothing listens on any address but 127.0.0.1, and the server stops with `stop` (Maven's post-integration-test).
set -euo pipefail

find_bin() {
  local d
  for d in /usr/lib/postgresql/*/bin; do
    [[ -x "$d/pg_ctl" ]] && { echo "$d"; return 0; }
  done
  return 1
}

as_root() {
  if [[ $(id -u) -eq 0 ]]; then "$@"; else sudo "$@"; fi
}

install_server() {
  find_bin >/dev/null && return 0
  echo "pg-test.sh: installing Debian's postgresql for the PostgreSQL integration tests…"
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql
}

# initdb and postgres refuse to run as root: run them as the `postgres` system user the package creates.
as_db_user() {
  if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

server_start() {
  as_db_user "$1/pg_ctl" -D "$2/data" -l "$2/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $3 -k $2 -c fsync=off -c synchronous_commit=off -c max_connections=200"
}

cmd=${1:-}
case "$cmd" in
  available)
    find_bin >/dev/null && exit 0
    command -v apt-get >/dev/null && { [[ $(id -u) -eq 0 ]] || sudo -n true 2>/dev/null; } && exit 0
    exit 1
    ;;
  start)
    dir=$2 port=$3
    shift 3
    install_server
    bin=$(find_bin)
    rm -rf "$dir"
    mkdir -p "$dir"
    if [[ $(id -u) -eq 0 ]]; then chown postgres "$dir"; fi
    pw=$(mktemp); echo "parindex-super" >"$pw"; chmod 644 "$pw"
    as_db_user "$bin/initdb" -D "$dir/data" -U postgres --auth=scram-sha-256 --pwfile="$pw" \
      -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log"; exit 1; }
    rm -f "$pw"
    server_start "$bin" "$dir" "$port"
    PGPASSWORD=parindex-super "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
      -c "CREATE ROLE parindex LOGIN CREATEDB PASSWORD 'parindex'" \
      -c "CREATE DATABASE parindex OWNER parindex"
    for db in "$@"; do
      PGPASSWORD=parindex-super "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
        -c "CREATE DATABASE \"$db\" OWNER parindex"
    done
    echo "pg-test.sh: PostgreSQL $("$bin/postgres" --version | awk '{print $3}') on 127.0.0.1:$port (cluster $dir/data)"
    ;;
  resume)
    dir=$2 port=$3
    bin=$(find_bin)
    server_start "$bin" "$dir" "$port"
    ;;
  stop)
    dir=$2
    bin=$(find_bin) || exit 0
    [[ -f "$dir/data/postmaster.pid" ]] || exit 0
    as_db_user "$bin/pg_ctl" -D "$dir/data" -m fast -w stop
    ;;
  *)
    echo "usage: pg-test.sh start DIR PORT [DB...] | resume DIR PORT | stop DIR | available" >&2
    exit 2
    ;;
esac
