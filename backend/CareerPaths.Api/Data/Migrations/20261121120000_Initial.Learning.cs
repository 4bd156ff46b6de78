using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace CareerPaths.Api.Data.Migrations;

// The initial schema, part: the learning catalogue.
public partial class Initial
{
    private static void CreateLearningTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "LearningOfferings",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Code = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                Provider = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Format = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                Hours = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                CostAmount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                CostCurrency = table.Column<string>(type: "character(3)", maxLength: 3, fixedLength: true, nullable: false),
                Capacity = table.Column<int>(type: "integer", nullable: false),
                CertificationId = table.Column<int?>(type: "integer", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_LearningOfferings", x => x.Id);
                table.CheckConstraint("CK_LearningOfferings_Capacity", @"""Capacity"" >= 1");
                table.CheckConstraint("CK_LearningOfferings_CostAmount", @"""CostAmount"" >= 0");
                table.CheckConstraint("CK_LearningOfferings_CostCurrency", @"""CostCurrency"" ~ '^[A-Z]{3}$'");
                table.CheckConstraint("CK_LearningOfferings_Format", @"""Format"" IN ('online', 'classroom', 'blended', 'on-the-job')");
                table.CheckConstraint("CK_LearningOfferings_Hours", @"""Hours"" > 0");
                table.CheckConstraint("CK_LearningOfferings_Kind", @"""Kind"" IN ('course', 'certification-preparation', 'mentoring', 'stretch-assignment')");
                table.ForeignKey(
                    name: "FK_LearningOfferings_Certifications_CertificationId",
                    column: x => x.CertificationId,
                    principalTable: "Certifications",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "IX_LearningOfferings_CertificationId",
            table: "LearningOfferings",
            column: "CertificationId");

        migrationBuilder.CreateIndex(
            name: "IX_LearningOfferings_Code",
            table: "LearningOfferings",
            column: "Code",
            unique: true);

        migrationBuilder.CreateTable(
            name: "LearningOfferingSkills",
            columns: table => new
            {
                LearningOfferingId = table.Column<int>(type: "integer", nullable: false),
                SkillId = table.Column<int>(type: "integer", nullable: false),
                ToLevel = table.Column<int>(type: "integer", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_LearningOfferingSkills", x => new { x.LearningOfferingId, x.SkillId });
                table.CheckConstraint("CK_LearningOfferingSkills_ToLevel", @"""ToLevel"" BETWEEN 1 AND 7");
                table.ForeignKey(
                    name: "FK_LearningOfferingSkills_LearningOfferings_LearningOfferingId",
                    column: x => x.LearningOfferingId,
                    principalTable: "LearningOfferings",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_LearningOfferingSkills_Skills_SkillId",
                    column: x => x.SkillId,
                    principalTable: "Skills",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "IX_LearningOfferingSkills_SkillId",
            table: "LearningOfferingSkills",
            column: "SkillId");

        migrationBuilder.CreateTable(
            name: "LearningSessions",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                LearningOfferingId = table.Column<int>(type: "integer", nullable: false),
                Code = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                EndsOn = table.Column<DateOnly>(type: "date", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_LearningSessions", x => x.Id);
                table.CheckConstraint("CK_LearningSessions_EndsOnOrAfterStart", @"""EndsOn"" >= ""StartsOn""");
                table.ForeignKey(
                    name: "FK_LearningSessions_LearningOfferings_LearningOfferingId",
                    column: x => x.LearningOfferingId,
                    principalTable: "LearningOfferings",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_LearningSessions_Code",
            table: "LearningSessions",
            column: "Code",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_LearningSessions_LearningOfferingId",
            table: "LearningSessions",
            column: "LearningOfferingId");

        migrationBuilder.CreateIndex(
            name: "IX_LearningSessions_StartsOn",
            table: "LearningSessions",
            column: "StartsOn");
    }

    private static void DropLearningTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "LearningSessions");
        migrationBuilder.DropTable(name: "LearningOfferingSkills");
        migrationBuilder.DropTable(name: "LearningOfferings");
    }
}
