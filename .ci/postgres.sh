# Starts a PostgreSQL cluster of this run's own (Debian's postgresql package) and exports
# PARTNERBOT_TEST_POSTGRES with its connection string. Sourced by .ci/run.
PG_PORT=${PG_PORT:-55432}
start_postgres() {
  local bin
  bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1)
  [ -n "$bin" ] || return 1
  PG_DIR=$(mktemp -d /tmp/partnerbot-pg.XXXXXX)
  chown postgres "$PG_DIR"
  (cd / && su postgres -c "$bin/initdb -D $PG_DIR/data -U postgres -A trust -E UTF8 --locale=C.UTF-8") >/dev/null || return 1
  (cd / && su postgres -c "$bin/pg_ctl -D $PG_DIR/data -o '-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=300 -c fsync=on' -l $PG_DIR/log -w start") >/dev/null || return 1
  (cd / && su postgres -c "psql -h 127.0.0.1 -p $PG_PORT -U postgres -c \"CREATE USER partnerbot PASSWORD 'partnerbot' SUPERUSER\"") >/dev/null || return 1
  (cd / && su postgres -c "psql -h 127.0.0.1 -p $PG_PORT -U postgres -c 'CREATE DATABASE partnerbot OWNER partnerbot'") >/dev/null || return 1
  PG_BIN=$bin
  export PARTNERBOT_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=partnerbot;Password=partnerbot;Database=partnerbot"
}
stop_postgres() {
  [ -n "${PG_DIR:-}" ] || return 0
  (cd / && su postgres -c "$PG_BIN/pg_ctl -D $PG_DIR/data -m fast stop") >/dev/null 2>&1
  rm -rf "$PG_DIR"
}
