using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TraineeBot.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DialogRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "DialogRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConversationReferenceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DefinitionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DefinitionVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StateJson = table.Column<string>(type: "TEXT", nullable: false),
                    StartedUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    CompletedUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    Revision = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DialogRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DialogRuns_ConversationReferences_ConversationReferenceId",
                        column: x => x.ConversationReferenceId,
                        principalTable: "ConversationReferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_DialogRuns_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_DialogRuns_ConversationReferenceId",
                table: "DialogRuns",
                column: "ConversationReferenceId");

            migrationBuilder.CreateIndex(
                name: "IX_DialogRuns_DefinitionId_Status",
                table: "DialogRuns",
                columns: new[] { "DefinitionId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_DialogRuns_OneActivePerConversation",
                table: "DialogRuns",
                columns: new[] { "UserId", "ConversationReferenceId" },
                unique: true,
                filter: "\"Status\" = 'Active'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "DialogRuns");
        }
    }
}
