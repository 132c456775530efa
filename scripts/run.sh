#!/usr/bin/env bash
# Run the server on its embedded default store (SQLite in ./data, messages to the built-in outbox)
# at http://127.0.0.1:5080. Extra arguments go to the server.
# For a first look it seeds an administrator unless Bcm__Admin__Email / Bcm__Admin__Password are set.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# (dotnet run builds the web designer into the server's wwwroot when npm is available: Designer.targets)
export Bcm__Admin__Email="${Bcm__Admin__Email:-admin@bcm.local}"
export Bcm__Admin__Password="${Bcm__Admin__Password:-Admin!2026}"
echo "[run.sh] http://127.0.0.1:5080 — sign in as $Bcm__Admin__Email (password from Bcm__Admin__Password)" >&2
exec dotnet run --project src/BcmWorkflows.Server -- --urls http://127.0.0.1:5080 "$@"
