#!/usr/bin/env bash
# The single test command (also what CI runs through .ci/run).
#
#   scripts/test.sh             install what is missing, start a private PostgreSQL 15 on 127.0.0.1:55432,
#                               build the solution once, run every test project (and the designer's vitest
#                               tests when the designer exists), and end with the line "N passed, N failed".
#   scripts/test.sh --pg-only   only start PostgreSQL (left running in the background) and print how to use it.
#   scripts/test.sh --pg-stop   stop a PostgreSQL started by --pg-only.
#
# Contract with the test code: BCM_TEST_POSTGRES (a connection string; tests derive their own uniquely
# named databases from it) and BCM_PGBIN (the PostgreSQL 15 binaries, e.g. for pgbench).
# Meant for Debian 12 as root (as CI runs it); as another user, the packages must already be installed.
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/.." && pwd)"
cd "$REPO_ROOT"

PG_PORT=55432
PGBIN=/usr/lib/postgresql/15/bin
PG_STATE_FILE="/tmp/bcm-test-pg-$PG_PORT.dir"   # data folder of a server left running by --pg-only
SOLUTION=BcmWorkflows.sln
DESIGNER_DIR=src/BcmWorkflows.Designer
RESULTS_DIR="$REPO_ROOT/TestResults"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
export BCM_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=bcm;Password=bcm;Database=bcm_test"
export BCM_PGBIN="$PGBIN"

log() { echo "[test.sh] $*" >&2; }
die() { echo "[test.sh] ERROR: $*" >&2; exit 1; }

MODE=test
case "${1:-}" in
  "") ;;
  --pg-only) MODE=pg-only ;;
  --pg-stop) MODE=pg-stop ;;
  -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
  *) die "unknown argument '$1' (use --pg-only, --pg-stop or nothing)" ;;
esac

# Run a PostgreSQL server binary: initdb/pg_ctl refuse root, so as root they run as 'postgres'.
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

# ---------------------------------------------------------------- packages
install_packages() {
  local missing=() p
  for p in postgresql chromium; do
    dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
  done
  if [ ${#missing[@]} -eq 0 ]; then
    log "packages already installed: postgresql chromium"
    return
  fi
  [ "$(id -u)" -eq 0 ] || die "missing Debian packages: ${missing[*]} (run as root, or: sudo apt-get install -y ${missing[*]})"
  log "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
}

# ---------------------------------------------------------------- PostgreSQL
STARTED_PGDIR=""   # set when this script started a server that it must stop

pg_answers() { "$PGBIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" >/dev/null 2>&1; }

pg_stop_dir() {   # stop the server whose folder is $1 and remove the folder
  local dir="$1"
  [ -n "$dir" ] && [ -d "$dir" ] || return 0
  as_pg "$PGBIN/pg_ctl" -D "$dir/data" -m fast -w stop >>"$dir/stop.log" 2>&1 || true
  rm -rf "$dir"
}

cleanup() {
  if [ -n "$STARTED_PGDIR" ]; then
    log "stopping PostgreSQL ($STARTED_PGDIR)"
    pg_stop_dir "$STARTED_PGDIR"
    STARTED_PGDIR=""
  fi
}

start_pg() {
  [ -x "$PGBIN/initdb" ] || die "$PGBIN/initdb not found (is the Debian package 'postgresql' (15) installed?)"
  if pg_answers; then
    log "PostgreSQL already answers on 127.0.0.1:$PG_PORT: reusing it"
  else
    local dir
    dir="$(mktemp -d /tmp/bcm-pg.XXXXXX)"
    if [ "$(id -u)" -eq 0 ]; then chown postgres "$dir"; fi
    STARTED_PGDIR="$dir"   # from here on, the EXIT trap stops and removes it
    log "starting PostgreSQL 15 in $dir on 127.0.0.1:$PG_PORT"
    as_pg "$PGBIN/initdb" -D "$dir/data" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
      -E UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
    as_pg "$PGBIN/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $dir -c max_connections=300 -c fsync=on" start >/dev/null \
      || { cat "$dir/server.log" >&2 || true; die "PostgreSQL did not start (port $PG_PORT taken by something else?)"; }
    "$PGBIN/psql" -h "$dir" -p "$PG_PORT" -U postgres -d postgres -qAt -v ON_ERROR_STOP=1 \
      -c "CREATE ROLE bcm LOGIN PASSWORD 'bcm' CREATEDB" >/dev/null
  fi
  # Whichever server it is, the tests' role must be able to log in over TCP.
  PGPASSWORD=bcm "$PGBIN/psql" "host=127.0.0.1 port=$PG_PORT user=bcm dbname=postgres" -qAt -v ON_ERROR_STOP=1 \
    -c "SELECT 1" >/dev/null 2>&1 \
    || die "cannot log in as bcm/bcm on 127.0.0.1:$PG_PORT (a server there without that role? stop it or create the role)"
  if [ "$(PGPASSWORD=bcm "$PGBIN/psql" "host=127.0.0.1 port=$PG_PORT user=bcm dbname=postgres" -qAt \
          -c "SELECT 1 FROM pg_database WHERE datname = 'bcm_test'")" != "1" ]; then
    PGPASSWORD=bcm "$PGBIN/psql" "host=127.0.0.1 port=$PG_PORT user=bcm dbname=postgres" -qAt -v ON_ERROR_STOP=1 \
      -c "CREATE DATABASE bcm_test" >/dev/null
  fi
}

# ---------------------------------------------------------------- results
# Sum one attribute of the <Counters .../> element over all .trx files under folder $2.
trx_sum() {
  local attr="$1" dir="$2" total=0 f v
  while IFS= read -r -d '' f; do
    v="$(grep -o '<Counters [^>]*' "$f" | grep -o " $attr=\"[0-9]*\"" | grep -o '[0-9][0-9]*' | head -n1 || true)"
    total=$((total + ${v:-0}))
  done < <(find "$dir" -name '*.trx' -print0 2>/dev/null)
  echo "$total"
}

trx_failures() {   # failed, errored, timed-out and aborted tests under folder $1
  echo $(( $(trx_sum failed "$1") + $(trx_sum error "$1") + $(trx_sum timeout "$1") + $(trx_sum aborted "$1") ))
}

trx_list_failures() {   # name and first lines of the message of each failed test under folder $1
  local f
  while IFS= read -r -d '' f; do
    # perl-base is essential on Debian; trx is one UnitTestResult element per test, message inside
    perl -0777 -ne '
      while (/<UnitTestResult\b([^>]*?)(?:\/>|>(.*?)<\/UnitTestResult>)/gs) {
        my ($attrs, $body) = ($1, $2 // "");
        next unless $attrs =~ /outcome="(Failed|Error|Timeout|Aborted)"/;
        my ($name) = $attrs =~ /testName="([^"]*)"/;
        my ($msg) = $body =~ /<Message>(.*?)<\/Message>/s;
        $msg = defined $msg ? substr($msg, 0, 600) : "";
        for ($name, $msg) { s/&lt;/</g; s/&gt;/>/g; s/&quot;/"/g; s/&apos;/\x27/g; s/&amp;/&/g; }
        print "  FAILED $name\n";
        print map { "    $_\n" } split /\n/, $msg;
      }' "$f"
  done < <(find "$1" -name '*.trx' -print0 2>/dev/null)
}

# ================================================================= main
if [ "$MODE" = pg-stop ]; then
  [ -f "$PG_STATE_FILE" ] || die "no server started by --pg-only is recorded ($PG_STATE_FILE missing)"
  dir="$(cat "$PG_STATE_FILE")"
  log "stopping PostgreSQL in $dir"
  pg_stop_dir "$dir"
  rm -f "$PG_STATE_FILE"
  exit 0
fi

trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

install_packages
start_pg

if [ "$MODE" = pg-only ]; then
  if [ -n "$STARTED_PGDIR" ]; then
    echo "$STARTED_PGDIR" >"$PG_STATE_FILE"
    log "PostgreSQL left running (data and log in $STARTED_PGDIR)"
    STARTED_PGDIR=""   # keep it running past exit
  fi
  cat <<EOF
PostgreSQL 15 is running on 127.0.0.1:$PG_PORT (role bcm/bcm with CREATEDB).
  export BCM_TEST_POSTGRES="$BCM_TEST_POSTGRES"
  export BCM_PGBIN=$BCM_PGBIN
Stop it with: $REPO_ROOT/scripts/test.sh --pg-stop
EOF
  exit 0
fi

rm -rf "$RESULTS_DIR"   # never count .trx files of an earlier run
mkdir -p "$RESULTS_DIR"

BUILD_OK=1
CRASHES=0   # test projects whose dotnet test failed without recording a failed test
CRASHED=()  # ... and their names, repeated beside the failed tests at the end
NPM_FAILED=0
NPM_PASSED=0

log "building $SOLUTION (Release)"
if ! dotnet build "$SOLUTION" -c Release; then
  BUILD_OK=0
  log "BUILD FAILED: no tests were run"
fi

if [ "$BUILD_OK" = 1 ]; then
  # One `dotnet test` per test project, each into its own folder: with a whole solution, a fixed
  # LogFileName makes the projects overwrite each other's .trx (and LogFilePrefix names are only
  # unique to the second).
  mapfile -t TEST_PROJECTS < <(dotnet sln "$SOLUTION" list | tr -d '\r' | grep -E '\.csproj$' | tr '\\' '/' \
    | while IFS= read -r proj; do
        if grep -qiE '<IsTestProject>[[:space:]]*true|"Microsoft\.NET\.Test\.Sdk"' "$proj"; then echo "$proj"; fi
      done)
  log "test projects: ${TEST_PROJECTS[*]:-(none)}"
  for proj in "${TEST_PROJECTS[@]}"; do
    name="$(basename "$proj" .csproj)"
    log "running $name (results in $RESULTS_DIR/$name)"
    rc=0
    dotnet test "$proj" -c Release --no-build \
      --logger "trx;LogFileName=results.trx" --logger "console;verbosity=normal" \
      --results-directory "$RESULTS_DIR/$name" \
      --blame-hang-timeout 15m --blame-hang-dump-type none \
      || rc=$?
    if [ "$rc" -ne 0 ] && [ "$(trx_failures "$RESULTS_DIR/$name")" -eq 0 ]; then
      log "$name: dotnet test exited with $rc without a failed test recorded (test host crash or hang?): counting 1 failure"
      CRASHES=$((CRASHES + 1))
      CRASHED+=("$name (exit $rc)")
    fi
  done

  if [ -f "$DESIGNER_DIR/package.json" ]; then
    log "running designer tests (npm) in $DESIGNER_DIR"
    vitest_json="$RESULTS_DIR/vitest.json"
    npm_rc=0
    # (set -e does not apply inside a subshell run under ||: chain with && instead)
    (
      cd "$DESIGNER_DIR" &&
      if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else
        log "no package-lock.json: using npm install" && npm install --no-audit --no-fund; fi &&
      npm test -- --reporter=default --reporter=json --outputFile.json="$vitest_json"
    ) || npm_rc=$?
    if [ -f "$vitest_json" ]; then
      read -r NPM_PASSED NPM_FAILED < <(node -e '
        const r = require(process.argv[1]);
        console.log((r.numPassedTests || 0) + " " + (r.numFailedTests || 0));' "$vitest_json") \
        || log "could not read $vitest_json"
    fi
    if [ "$npm_rc" -ne 0 ] && [ "$NPM_FAILED" -eq 0 ]; then
      log "designer npm install/test exited with $npm_rc without a failed test recorded: counting 1 failure"
      NPM_FAILED=1
    fi
  else
    log "no $DESIGNER_DIR/package.json: skipping designer tests"
  fi
fi

DOTNET_PASSED="$(trx_sum passed "$RESULTS_DIR")"
DOTNET_FAILED=$(( $(trx_failures "$RESULTS_DIR") + CRASHES ))
PASSED=$((DOTNET_PASSED + NPM_PASSED))
FAILED=$((DOTNET_FAILED + NPM_FAILED))
if [ "$DOTNET_FAILED" -gt 0 ]; then
  log "failed .NET tests:"
  trx_list_failures "$RESULTS_DIR"
  for crashed in "${CRASHED[@]}"; do echo "  FAILED $crashed: dotnet test failed without a failed test recorded"; done
fi
log ".NET: $DOTNET_PASSED passed, $DOTNET_FAILED failed; designer: $NPM_PASSED passed, $NPM_FAILED failed"

cleanup   # stop PostgreSQL now so nothing prints after the summary line

RC=0
if [ "$BUILD_OK" != 1 ]; then log "result: build failed"; RC=1
elif [ "$FAILED" -gt 0 ]; then log "result: tests failed"; RC=1
elif [ "$PASSED" -eq 0 ]; then log "result: no test ran"; RC=1
fi
echo "$PASSED passed, $FAILED failed"
exit "$RC"
