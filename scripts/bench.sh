#!/usr/bin/env bash
# Run every benchmark (results go to docs/benchmarks.md by hand, with the date and machine):
#   bash scripts/bench.sh            all of them
#   bash scripts/bench.sh durable    one of: inmemory durable memory fanout inbound calltree designer
# Starts the private PostgreSQL of scripts/test.sh when none answers on 127.0.0.1:55432.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/test.sh --pg-only >/dev/null
export BCM_TEST_POSTGRES="Host=127.0.0.1;Port=55432;Username=bcm;Password=bcm;Database=bcm_test"
export BCM_PGBIN=/usr/lib/postgresql/15/bin
dotnet build -c Release bench/BcmWorkflows.Bench -v q -nologo >/dev/null
run() { dotnet bench/BcmWorkflows.Bench/bin/Release/net10.0/BcmWorkflows.Bench.dll "$@"; }
status=0
for b in ${1:-inmemory durable memory fanout inbound calltree designer}; do
  case "$b" in
    inmemory) run inmemory 20000 || status=1 ;;
    durable) run durable 4 || status=1 ;;
    memory) run memory 10000 || status=1 ;;
    fanout) run fanout 10000 || status=1 ;;
    inbound) run inbound 10000 || status=1 ;;
    calltree) run calltree 5000 || status=1 ;;
    designer) run designer 300 || status=1 ;;
    *) echo "unknown benchmark $b" >&2; exit 2 ;;
  esac
done
exit $status
