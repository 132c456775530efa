#!/usr/bin/env bash
# Lead's merge helper (not part of the product): drops Wip*/Domain migrations and regenerates one 'Domain' migration
# on top of the Organisation migration for both providers.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
base=$(git log --format=%H -1 -- src/BcmWorkflows.Data/Migrations/Sqlite/*_Organisation.cs)
find src/BcmWorkflows.Data/Migrations \( -name '*_Wip*.cs' -o -name '*_Domain.cs' -o -name '*_Domain.Designer.cs' \) -delete
git checkout "$base" -- src/BcmWorkflows.Data/Migrations/Sqlite/SqliteBcmDbContextModelSnapshot.cs src/BcmWorkflows.Data/Migrations/Postgres/PostgresBcmDbContextModelSnapshot.cs
bash scripts/add-migration.sh Domain
