using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TraineeBot.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CoordinatorIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Trainees_Name",
                table: "Trainees",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_TraineeId_Status_ClosesUtc",
                table: "CheckIns",
                columns: new[] { "TraineeId", "Status", "ClosesUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Trainees_Name",
                table: "Trainees");

            migrationBuilder.DropIndex(
                name: "IX_CheckIns_TraineeId_Status_ClosesUtc",
                table: "CheckIns");
        }
    }
}
