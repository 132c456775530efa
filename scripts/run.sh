#!/usr/bin/env bash
# Run the server on its embedded default store at http://127.0.0.1:5080 (extra arguments go to the server).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
designer=src/BcmWorkflows.Designer
if [ -f "$designer/package.json" ] && [ ! -d src/BcmWorkflows.Server/wwwroot ]; then
  echo "[run.sh] building the designer" >&2
  (cd "$designer" && npm ci && npm run build)
fi
exec dotnet run --project src/BcmWorkflows.Server -- --urls http://127.0.0.1:5080 "$@"
