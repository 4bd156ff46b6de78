using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace CareerPaths.Api.Data.Migrations;

// The initial schema, part: training cohorts.
public partial class Initial
{
    private static void CreateCohortsTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Cohorts",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                LearningSessionId = table.Column<int>(type: "integer", nullable: false),
                CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Cohorts", x => x.Id);
                table.ForeignKey(
                    name: "FK_Cohorts_LearningSessions_LearningSessionId",
                    column: x => x.LearningSessionId,
                    principalTable: "LearningSessions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "IX_Cohorts_LearningSessionId",
            table: "Cohorts",
            column: "LearningSessionId",
            unique: true);

        migrationBuilder.CreateTable(
            name: "CohortMembers",
            columns: table => new
            {
                CohortId = table.Column<int>(type: "integer", nullable: false),
                EmployeeId = table.Column<int>(type: "integer", nullable: false),
                AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CohortMembers", x => new { x.CohortId, x.EmployeeId });
                table.ForeignKey(
                    name: "FK_CohortMembers_Cohorts_CohortId",
                    column: x => x.CohortId,
                    principalTable: "Cohorts",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_CohortMembers_Employees_EmployeeId",
                    column: x => x.EmployeeId,
                    principalTable: "Employees",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_CohortMembers_EmployeeId",
            table: "CohortMembers",
            column: "EmployeeId");
    }

    private static void DropCohortsTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "CohortMembers");
        migrationBuilder.DropTable(name: "Cohorts");
    }
}
