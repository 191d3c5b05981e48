using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace TraineeBot.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CoordinatorRenewalsOpenings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Openings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkplaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    WorkArea = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HoursPerWeek = table.Column<int>(type: "INTEGER", nullable: false),
                    PartTimeOk = table.Column<bool>(type: "INTEGER", nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    TravelMinutes = table.Column<int>(type: "INTEGER", nullable: true),
                    Languages = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FromDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CreatedByCoordinatorId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedUtc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Openings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Openings_Coordinators_CreatedByCoordinatorId",
                        column: x => x.CreatedByCoordinatorId,
                        principalTable: "Coordinators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Openings_Workplaces_WorkplaceId",
                        column: x => x.WorkplaceId,
                        principalTable: "Workplaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RenewalDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlacementId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContractPeriodId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    Months = table.Column<int>(type: "INTEGER", nullable: true),
                    WagePhase = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DecidedByUserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DecidedUtc = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RenewalDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RenewalDecisions_Placements_PlacementId",
                        column: x => x.PlacementId,
                        principalTable: "Placements",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_RenewalDecisions_Users_DecidedByUserId",
                        column: x => x.DecidedByUserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CheckIns_Status_ClosesUtc",
                table: "CheckIns",
                columns: new[] { "Status", "ClosesUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_Openings_CreatedByCoordinatorId_Status",
                table: "Openings",
                columns: new[] { "CreatedByCoordinatorId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Openings_WorkplaceId",
                table: "Openings",
                column: "WorkplaceId");

            migrationBuilder.CreateIndex(
                name: "IX_RenewalDecisions_ContractPeriodId",
                table: "RenewalDecisions",
                column: "ContractPeriodId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RenewalDecisions_DecidedByUserId",
                table: "RenewalDecisions",
                column: "DecidedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_RenewalDecisions_PlacementId",
                table: "RenewalDecisions",
                column: "PlacementId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Openings");

            migrationBuilder.DropTable(
                name: "RenewalDecisions");

            migrationBuilder.DropIndex(
                name: "IX_CheckIns_Status_ClosesUtc",
                table: "CheckIns");
        }
    }
}
