#!/usr/bin/env bash
# `npm run test:pg15`: the Node suite (unit + integration, never browser tests) against Debian's PostgreSQL 15,
# in a private throwaway cluster on 127.0.0.1 and a free port. The system cluster is never touched.
# Extra arguments go to `vitest run`.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
if [ ! -x "$PG_BIN/initdb" ]; then
  echo "test:pg15: $PG_BIN/initdb not found; apt-get install postgresql (Debian 12 ships 15)" >&2
  exit 1
fi

# In RAM when there is room (CREATE DATABASE … TEMPLATE is ~10x faster); Docker's default /dev/shm is 64 MB.
base=/tmp
if [ "$(df --output=avail -k /dev/shm 2>/dev/null | tail -1 || echo 0)" -gt 1048576 ] 2>/dev/null; then base=/dev/shm; fi
dir=$(mktemp -d "$base/steward-pg15.XXXXXX")

# PostgreSQL refuses to run as root: as root, run the server as the OS user `postgres`.
if [ "$(id -u)" -eq 0 ]; then
  chown postgres:postgres "$dir"
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi

cleanup() {
  if [ -f "$dir/data/postmaster.pid" ]; then as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null || true; fi
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

port=$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")
user=steward_ci
password=$(od -An -N12 -tx1 /dev/urandom | tr -d ' \n')
as_pg sh -c "umask 077 && printf '%s\n' '$password' > '$dir/pwfile'"

# initdb's bootstrap user is our superuser role, with a password (scram-sha-256 on every connection).
as_pg "$PG_BIN/initdb" -D "$dir/data" -U "$user" --pwfile="$dir/pwfile" --auth=scram-sha-256 \
  -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
opts="-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir"
opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off" # throwaway data
as_pg "$PG_BIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -o "$opts" -w -t 60 start >/dev/null ||
  { tail -30 "$dir/server.log" >&2; exit 1; }
echo "test:pg15: $("$PG_BIN/postgres" --version) on 127.0.0.1:$port ($dir)"

report="$dir/vitest.json"
status=0
TEST_DATABASE_URL="postgres://$user:$password@127.0.0.1:$port/postgres" npx vitest run \
  --reporter=default --reporter=json --outputFile.json="$report" "$@" || status=$?
# Trust the report as well as the exit code: a red run must never pass as green.
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  console.log(`test:pg15: ${r.numPassedTests} passed, ${r.numFailedTests} failed`);
  process.exit(r.numFailedTests > 0 || r.success === false ? 1 : 0);
' "$report" || status=1
exit $status
