#!/usr/bin/env bash
# Starts or stops a throw-away PostgreSQL server for the store tests.
#   postgres_server.sh start STATE_DIR   -> writes STATE_DIR/url (a libpq URI)
#   postgres_server.sh stop STATE_DIR
# The server listens on a Unix socket only (no TCP port to collide with), in a
# directory under /tmp that the postgres user can reach even when the build
# tree cannot.
set -euo pipefail
action=$1
state=$2
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -x "$bin/initdb" ] || { echo "postgres_server.sh: PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "$action" in
  start)
    mkdir -p "$state"
    [ -f "$state/pgdir" ] && "$0" stop "$state" || true
    pgdir=$(mktemp -d /tmp/rased-pg.XXXXXX)
    chmod 755 "$pgdir"
    [ "$(id -u)" -eq 0 ] && chown postgres "$pgdir"
    echo "$pgdir" > "$state/pgdir"
    as_owner "$bin/initdb" -D "$pgdir/data" -A trust -U rased -E UTF8 --locale=C.UTF-8 >"$state/initdb.log" 2>&1
    as_owner "$bin/pg_ctl" -D "$pgdir/data" -l "$pgdir/server.log" -w -t 60 \
      -o "-k $pgdir -c listen_addresses='' -p 55432 -c fsync=off -c max_connections=50" start >/dev/null
    as_owner "$bin/createdb" -h "$pgdir" -p 55432 -U rased rased
    echo "postgresql:///rased?host=$pgdir&port=55432&user=rased" > "$state/url"
    echo "PostgreSQL test server: $(cat "$state/url")"
    ;;
  stop)
    [ -f "$state/pgdir" ] || exit 0
    pgdir=$(cat "$state/pgdir")
    as_owner "$bin/pg_ctl" -D "$pgdir/data" -m immediate -w stop >/dev/null 2>&1 || true
    rm -rf "$pgdir" "$state/pgdir" "$state/url"
    ;;
  *) echo "usage: $0 start|stop STATE_DIR" >&2; exit 2 ;;
esac
