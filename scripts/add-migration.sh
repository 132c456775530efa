#!/usr/bin/env bash
# Adds an EF Core migration named $1 for both providers (SQLite and PostgreSQL); no database is needed.
# Usage: bash scripts/add-migration.sh Domain
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
name="${1:?usage: add-migration.sh NAME}"
ef() { dotnet tool exec --yes dotnet-ef@10.0.15 -- "$@"; }
for provider in Sqlite Postgres; do
  ef migrations add "$name" --project src/BcmWorkflows.Data --startup-project src/BcmWorkflows.Data \
    --context "${provider}BcmDbContext" --output-dir "Migrations/$provider"
done
