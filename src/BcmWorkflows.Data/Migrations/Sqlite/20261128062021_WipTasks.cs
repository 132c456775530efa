using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BcmWorkflows.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WipTasks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "human_tasks",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    InstanceId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ActivityId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Ordinal = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SubjectRevision = table.Column<int>(type: "INTEGER", nullable: true),
                    Assignees = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Outcomes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CommentRequiredFor = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    DueAt = table.Column<long>(type: "INTEGER", nullable: true),
                    EscalateTo = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EscalatedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    RemindersSent = table.Column<int>(type: "INTEGER", nullable: false),
                    MessageRounds = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    CompletedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: true),
                    CompletedByPersonId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_human_tasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "task_participants",
                columns: table => new
                {
                    TaskId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PersonId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    DelegatedByPersonId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_task_participants", x => new { x.TaskId, x.PersonId, x.Kind });
                    table.ForeignKey(
                        name: "FK_task_participants_human_tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "human_tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_human_tasks_InstanceId_ActivityId",
                table: "human_tasks",
                columns: new[] { "InstanceId", "ActivityId" });

            migrationBuilder.CreateIndex(
                name: "IX_human_tasks_Status_CreatedAt",
                table: "human_tasks",
                columns: new[] { "Status", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_human_tasks_Subject_CreatedAt",
                table: "human_tasks",
                columns: new[] { "Subject", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_task_participants_PersonId",
                table: "task_participants",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "task_participants");

            migrationBuilder.DropTable(
                name: "human_tasks");
        }
    }
}
