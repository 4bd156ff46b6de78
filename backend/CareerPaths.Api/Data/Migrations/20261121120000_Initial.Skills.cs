using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace CareerPaths.Api.Data.Migrations;

// The initial schema, part: skills and their level descriptors.
public partial class Initial
{
    private static void CreateSkillsTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "Skills",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Code = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                Description = table.Column<string>(type: "text", nullable: false),
                OnetElementId = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                EscoUri = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                SfiaCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                Source = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Skills", x => x.Id);
                table.CheckConstraint("CK_Skills_Category", @"""Category"" IN ('technical', 'business', 'leadership', 'knowledge')");
            });

        migrationBuilder.CreateIndex(
            name: "IX_Skills_Code",
            table: "Skills",
            column: "Code",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Skills_EscoUri",
            table: "Skills",
            column: "EscoUri");

        migrationBuilder.CreateIndex(
            name: "IX_Skills_Name",
            table: "Skills",
            column: "Name",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Skills_OnetElementId",
            table: "Skills",
            column: "OnetElementId");

        migrationBuilder.CreateIndex(
            name: "IX_Skills_SfiaCode",
            table: "Skills",
            column: "SfiaCode");

        migrationBuilder.CreateTable(
            name: "SkillLevelDescriptors",
            columns: table => new
            {
                SkillId = table.Column<int>(type: "integer", nullable: false),
                Level = table.Column<int>(type: "integer", nullable: false),
                Descriptor = table.Column<string>(type: "text", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SkillLevelDescriptors", x => new { x.SkillId, x.Level });
                table.CheckConstraint("CK_SkillLevelDescriptors_Level", @"""Level"" BETWEEN 1 AND 7");
                table.ForeignKey(
                    name: "FK_SkillLevelDescriptors_Skills_SkillId",
                    column: x => x.SkillId,
                    principalTable: "Skills",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });
    }

    private static void DropSkillsTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "SkillLevelDescriptors");
        migrationBuilder.DropTable(name: "Skills");
    }
}
