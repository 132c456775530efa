using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BcmWorkflows.Data.Migrations.Postgres
{
    /// <summary>
    /// The journal's and the instance state's JSON columns compress with lz4 instead of pglz where the server supports it
    /// (PostgreSQL 14+ built with lz4, as the Debian, PGDG and Docker builds are): a 10-activity start's 2.6 KB journal
    /// row crosses the 2 KB threshold at which PostgreSQL compresses, and pglz costs several times lz4's CPU on every
    /// start and on every read of the journal. Elsewhere nothing changes. Only newly written values are affected.
    /// </summary>
    public partial class Lz4Compression : Migration
    {
        private const string IfLz4 = """
            DO $$
            BEGIN
                IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY (enumvals)) THEN
                    ALTER TABLE workflow_journal ALTER COLUMN "EntriesJson" SET COMPRESSION {0};
                    ALTER TABLE workflow_instances ALTER COLUMN "StateJson" SET COMPRESSION {0};
                END IF;
            END $$;
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(IfLz4.Replace("{0}", "lz4", StringComparison.Ordinal));

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(IfLz4.Replace("{0}", "DEFAULT", StringComparison.Ordinal));
    }
}
