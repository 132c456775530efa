using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BcmWorkflows.Data.Migrations.Postgres
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
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CallTreeId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IncidentId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Message = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ActivatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    InstanceId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    AckPrefix = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    WavesJson = table.Column<string>(type: "text", nullable: false),
                    PeopleJson = table.Column<string>(type: "text", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ConfirmationRate = table.Column<double>(type: "double precision", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_call_tree_activations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "call_trees",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Template = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EscalateNonResponders = table.Column<bool>(type: "boolean", nullable: false),
                    WavesJson = table.Column<string>(type: "text", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_call_trees", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "incidents",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    Category = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Subcategory = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Severity = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OrgUnitId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PlanIdsJson = table.Column<string>(type: "text", nullable: false),
                    DeclaredBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    DeclaredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Revision = table.Column<long>(type: "bigint", nullable: false)
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
