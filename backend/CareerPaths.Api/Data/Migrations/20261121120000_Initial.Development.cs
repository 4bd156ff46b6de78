using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace CareerPaths.Api.Data.Migrations;

// The initial schema, part: development plans.
public partial class Initial
{
    private static void CreateDevelopmentTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "DevelopmentPlans",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                EmployeeId = table.Column<int>(type: "integer", nullable: false),
                TargetRoleId = table.Column<int>(type: "integer", nullable: false),
                Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DevelopmentPlans", x => x.Id);
                table.CheckConstraint("CK_DevelopmentPlans_Status", @"""Status"" IN ('active', 'completed', 'abandoned')");
                table.ForeignKey(
                    name: "FK_DevelopmentPlans_Employees_EmployeeId",
                    column: x => x.EmployeeId,
                    principalTable: "Employees",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_DevelopmentPlans_RoleProfiles_TargetRoleId",
                    column: x => x.TargetRoleId,
                    principalTable: "RoleProfiles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "IX_DevelopmentPlans_EmployeeId",
            table: "DevelopmentPlans",
            column: "EmployeeId");

        migrationBuilder.CreateIndex(
            name: "IX_DevelopmentPlans_TargetRoleId",
            table: "DevelopmentPlans",
            column: "TargetRoleId");

        migrationBuilder.CreateTable(
            name: "DevelopmentActions",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                DevelopmentPlanId = table.Column<int>(type: "integer", nullable: false),
                Position = table.Column<int>(type: "integer", nullable: false),
                Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                LearningOfferingId = table.Column<int?>(type: "integer", nullable: true),
                CertificationId = table.Column<int?>(type: "integer", nullable: true),
                DueOn = table.Column<DateOnly?>(type: "date", nullable: true),
                Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_DevelopmentActions", x => x.Id);
                table.CheckConstraint("CK_DevelopmentActions_CertificationMatchesKind", @"""Kind"" <> 'certification' OR ""CertificationId"" IS NOT NULL");
                table.CheckConstraint("CK_DevelopmentActions_Kind", @"""Kind"" IN ('learning-offering', 'certification', 'assignment')");
                table.CheckConstraint("CK_DevelopmentActions_LearningOfferingMatchesKind", @"(""Kind"" = 'learning-offering') = (""LearningOfferingId"" IS NOT NULL)");
                table.CheckConstraint("CK_DevelopmentActions_Position", @"""Position"" >= 1");
                table.CheckConstraint("CK_DevelopmentActions_Status", @"""Status"" IN ('planned', 'in-progress', 'done', 'cancelled')");
                table.ForeignKey(
                    name: "FK_DevelopmentActions_Certifications_CertificationId",
                    column: x => x.CertificationId,
                    principalTable: "Certifications",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_DevelopmentActions_DevelopmentPlans_DevelopmentPlanId",
                    column: x => x.DevelopmentPlanId,
                    principalTable: "DevelopmentPlans",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_DevelopmentActions_LearningOfferings_LearningOfferingId",
                    column: x => x.LearningOfferingId,
                    principalTable: "LearningOfferings",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "IX_DevelopmentActions_CertificationId",
            table: "DevelopmentActions",
            column: "CertificationId");

        migrationBuilder.CreateIndex(
            name: "IX_DevelopmentActions_DevelopmentPlanId_Position",
            table: "DevelopmentActions",
            columns: new[] { "DevelopmentPlanId", "Position" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_DevelopmentActions_LearningOfferingId",
            table: "DevelopmentActions",
            column: "LearningOfferingId");
    }

    private static void DropDevelopmentTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "DevelopmentActions");
        migrationBuilder.DropTable(name: "DevelopmentPlans");
    }
}
