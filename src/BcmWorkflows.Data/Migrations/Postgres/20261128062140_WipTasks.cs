using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BcmWorkflows.Data.Migrations.Postgres
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
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    InstanceId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ActivityId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Ordinal = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Description = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: true),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    SubjectRevision = table.Column<int>(type: "integer", nullable: true),
                    Assignees = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Outcomes = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CommentRequiredFor = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    EscalateTo = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    EscalatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RemindersSent = table.Column<int>(type: "integer", nullable: false),
                    MessageRounds = table.Column<int>(type: "integer", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Comment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CompletedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true),
                    CompletedByPersonId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_human_tasks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "task_participants",
                columns: table => new
                {
                    TaskId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    PersonId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AddedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false),
                    DelegatedByPersonId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
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
