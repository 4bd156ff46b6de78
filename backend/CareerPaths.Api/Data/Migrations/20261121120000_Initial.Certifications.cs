using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace CareerPaths.Api.Data.Migrations;

// The initial schema, part: certifications and the skills they evidence.
public partial class Initial
{
    private static void CreateCertificationsTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Certifications",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Code = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Issuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Description = table.Column<string>(type: "text", nullable: false),
                ValidityYears = table.Column<int?>(type: "integer", nullable: true),
                Renewal = table.Column<string>(type: "text", nullable: false),
                Prerequisites = table.Column<string>(type: "text", nullable: false),
                PrerequisiteExperienceYears = table.Column<int>(type: "integer", nullable: false),
                PreparationHours = table.Column<int>(type: "integer", nullable: false),
                Source = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Certifications", x => x.Id);
                table.CheckConstraint("CK_Certifications_PreparationHours", @"""PreparationHours"" > 0");
                table.CheckConstraint("CK_Certifications_PrerequisiteExperienceYears", @"""PrerequisiteExperienceYears"" >= 0");
                table.CheckConstraint("CK_Certifications_ValidityYears", @"""ValidityYears"" IS NULL OR ""ValidityYears"" > 0");
            });

        migrationBuilder.CreateIndex(
            name: "IX_Certifications_Code",
            table: "Certifications",
            column: "Code",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Certifications_Name",
            table: "Certifications",
            column: "Name",
            unique: true);

        migrationBuilder.CreateTable(
            name: "CertificationEvidencedSkills",
            columns: table => new
            {
                CertificationId = table.Column<int>(type: "integer", nullable: false),
                SkillId = table.Column<int>(type: "integer", nullable: false),
                Level = table.Column<int>(type: "integer", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CertificationEvidencedSkills", x => new { x.CertificationId, x.SkillId });
                table.CheckConstraint("CK_CertificationEvidencedSkills_Level", @"""Level"" BETWEEN 1 AND 7");
                table.ForeignKey(
                    name: "FK_CertificationEvidencedSkills_Certifications_CertificationId",
                    column: x => x.CertificationId,
                    principalTable: "Certifications",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_CertificationEvidencedSkills_Skills_SkillId",
                    column: x => x.SkillId,
                    principalTable: "Skills",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "IX_CertificationEvidencedSkills_SkillId",
            table: "CertificationEvidencedSkills",
            column: "SkillId");
    }

    private static void DropCertificationsTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "CertificationEvidencedSkills");
        migrationBuilder.DropTable(name: "Certifications");
    }
}
