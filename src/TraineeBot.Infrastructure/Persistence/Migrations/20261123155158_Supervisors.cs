using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TraineeBot.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Supervisors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite (3.35 and later) drops the unused column in place; EF's DropColumn would rebuild the table outside
            // the migration's transaction.
            migrationBuilder.Sql("ALTER TABLE \"CheckIns\" DROP COLUMN \"CardActivityId\";");

            migrationBuilder.AddColumn<string>(
                name: "AddendaJson",
                table: "CheckIns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "AnswerRevision",
                table: "CheckIns",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "OutboxMessageId",
                table: "CheckIns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "RemindOn",
                table: "CheckIns",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SeenByCoordinatorUtc",
                table: "CheckIns",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_OutboxMessageId",
                table: "CheckIns",
                column: "OutboxMessageId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_CheckIns_OutboxMessageId",
                table: "CheckIns");

            migrationBuilder.DropColumn(
                name: "AddendaJson",
                table: "CheckIns");

            migrationBuilder.DropColumn(
                name: "AnswerRevision",
                table: "CheckIns");

            migrationBuilder.DropColumn(
                name: "OutboxMessageId",
                table: "CheckIns");

            migrationBuilder.DropColumn(
                name: "RemindOn",
                table: "CheckIns");

            migrationBuilder.DropColumn(
                name: "SeenByCoordinatorUtc",
                table: "CheckIns");

            migrationBuilder.AddColumn<string>(
                name: "CardActivityId",
                table: "CheckIns",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }
    }
}
