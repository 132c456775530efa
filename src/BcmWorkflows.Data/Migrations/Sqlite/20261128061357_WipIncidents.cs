using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BcmWorkflows.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WipIncidents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "call_tree_activations",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CallTreeId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IncidentId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Message = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ActivatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    InstanceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AckPrefix = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    WavesJson = table.Column<string>(type: "TEXT", nullable: false),
                    PeopleJson = table.Column<string>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ConfirmationRate = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_call_tree_activations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "call_trees",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Template = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EscalateNonResponders = table.Column<bool>(type: "INTEGER", nullable: false),
                    WavesJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Revision = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_call_trees", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "incidents",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Subcategory = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Severity = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    OrgUnitId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PlanIdsJson = table.Column<string>(type: "TEXT", nullable: false),
                    DeclaredBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    DeclaredAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Revision = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incidents", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_call_tree_activations_CallTreeId_At",
                table: "call_tree_activations",
                columns: new[] { "CallTreeId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_call_tree_activations_IncidentId",
                table: "call_tree_activations",
                column: "IncidentId",
                filter: "\"IncidentId\" IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_incidents_DeclaredAt",
                table: "incidents",
                column: "DeclaredAt");

            migrationBuilder.CreateIndex(
                name: "IX_incidents_Status_Severity",
                table: "incidents",
                columns: new[] { "Status", "Severity" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "call_tree_activations");

            migrationBuilder.DropTable(
                name: "call_trees");

            migrationBuilder.DropTable(
                name: "incidents");
        }
    }
}
