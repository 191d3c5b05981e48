using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TraineeBot.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ProactiveMessaging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    RecipientUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ConversationReferenceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    PayloadJson = table.Column<string>(type: "TEXT", nullable: false),
                    RenderedJson = table.Column<string>(type: "TEXT", nullable: true),
                    NotifyUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ScheduleDefinitionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ScheduleId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OccurrenceKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    UncertainCount = table.Column<int>(type: "INTEGER", nullable: false),
                    DueUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    NextAttemptUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    ExpiresUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    LeaseToken = table.Column<Guid>(type: "TEXT", nullable: true),
                    LeaseUntilUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    PartsSent = table.Column<int>(type: "INTEGER", nullable: false),
                    SentActivityIds = table.Column<string>(type: "TEXT", nullable: true),
                    SentUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NoticeMessageId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedUtc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_OutboxMessages_ConversationReferences_ConversationReferenceId",
                        column: x => x.ConversationReferenceId,
                        principalTable: "ConversationReferences",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_OutboxMessages_Users_RecipientUserId",
                        column: x => x.RecipientUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Schedules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DefinitionId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecipientUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    NotifyUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AnchorsJson = table.Column<string>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    LastNominalDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NextOccurrenceKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    NextNominalDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NextDueUtc = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedUtc = table.Column<long>(type: "INTEGER", nullable: false),
                    Revision = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Schedules", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Schedules_Users_NotifyUserId",
                        column: x => x.NotifyUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Schedules_Users_RecipientUserId",
                        column: x => x.RecipientUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Schedules_Users_SubjectUserId",
                        column: x => x.SubjectUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "UserAwayPeriods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserAwayPeriods", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UserAwayPeriods_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ConversationReferenceId",
                table: "OutboxMessages",
                column: "ConversationReferenceId");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_DueUtc",
                table: "OutboxMessages",
                column: "DueUtc");

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_IdempotencyKey",
                table: "OutboxMessages",
                column: "IdempotencyKey",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_RecipientUserId_Status_DueUtc",
                table: "OutboxMessages",
                columns: new[] { "RecipientUserId", "Status", "DueUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_ScheduleDefinitionId_OccurrenceKey",
                table: "OutboxMessages",
                columns: new[] { "ScheduleDefinitionId", "OccurrenceKey" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Status_NextAttemptUtc",
                table: "OutboxMessages",
                columns: new[] { "Status", "NextAttemptUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Schedules_NotifyUserId",
                table: "Schedules",
                column: "NotifyUserId");

            migrationBuilder.CreateIndex(
                name: "IX_Schedules_RecipientUserId_DefinitionId",
                table: "Schedules",
                columns: new[] { "RecipientUserId", "DefinitionId" });

            migrationBuilder.CreateIndex(
                name: "IX_Schedules_Status_NextDueUtc",
                table: "Schedules",
                columns: new[] { "Status", "NextDueUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Schedules_SubjectUserId",
                table: "Schedules",
                column: "SubjectUserId");

            migrationBuilder.CreateIndex(
                name: "IX_UserAwayPeriods_UserId_To",
                table: "UserAwayPeriods",
                columns: new[] { "UserId", "To" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "Schedules");

            migrationBuilder.DropTable(
                name: "UserAwayPeriods");
        }
    }
}
