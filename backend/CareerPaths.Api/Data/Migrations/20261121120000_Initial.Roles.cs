using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace CareerPaths.Api.Data.Migrations;

// The initial schema, part: role profiles, their versions and requirements, and career transitions.
public partial class Initial
{
    private static void CreateRolesTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "RoleProfiles",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Code = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                xmin = table.Column<uint>(type: "xid", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RoleProfiles", x => x.Id);
            });

        migrationBuilder.CreateIndex(
            name: "IX_RoleProfiles_Code",
            table: "RoleProfiles",
            column: "Code",
            unique: true);

        migrationBuilder.CreateTable(
            name: "RoleProfileVersions",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RoleProfileId = table.Column<int>(type: "integer", nullable: false),
                VersionNumber = table.Column<int>(type: "integer", nullable: false),
                Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Family = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                Tier = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                Side = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                Description = table.Column<string>(type: "text", nullable: false),
                Responsibilities = table.Column<List<string>>(type: "text[]", nullable: false),
                MinimumExperienceYears = table.Column<int>(type: "integer", nullable: false),
                Sources = table.Column<List<string>>(type: "text[]", nullable: false),
                CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                PublishedAt = table.Column<DateTimeOffset?>(type: "timestamp with time zone", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RoleProfileVersions", x => x.Id);
                table.CheckConstraint("CK_RoleProfileVersions_Family", @"""Family"" IN ('governance', 'management', 'information-systems', 'security', 'technical')");
                table.CheckConstraint("CK_RoleProfileVersions_MinimumExperienceYears", @"""MinimumExperienceYears"" >= 0");
                table.CheckConstraint("CK_RoleProfileVersions_PublishedAt", @"(""Status"" = 'draft') = (""PublishedAt"" IS NULL)");
                table.CheckConstraint("CK_RoleProfileVersions_Side", @"""Side"" IN ('governance', 'management', 'both')");
                table.CheckConstraint("CK_RoleProfileVersions_Status", @"""Status"" IN ('draft', 'published', 'archived')");
                table.CheckConstraint("CK_RoleProfileVersions_Tier", @"""Tier"" IN ('strategic', 'tactical', 'operational')");
                table.CheckConstraint("CK_RoleProfileVersions_VersionNumber", @"""VersionNumber"" >= 1");
                table.ForeignKey(
                    name: "FK_RoleProfileVersions_RoleProfiles_RoleProfileId",
                    column: x => x.RoleProfileId,
                    principalTable: "RoleProfiles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_RoleProfileVersions_Name_Published",
            table: "RoleProfileVersions",
            column: "Name",
            unique: true,
            filter: @"""Status"" = 'published'");

        migrationBuilder.CreateIndex(
            name: "IX_RoleProfileVersions_RoleProfileId_Draft",
            table: "RoleProfileVersions",
            column: "RoleProfileId",
            unique: true,
            filter: @"""Status"" = 'draft'");

        migrationBuilder.CreateIndex(
            name: "IX_RoleProfileVersions_RoleProfileId_Published",
            table: "RoleProfileVersions",
            column: "RoleProfileId",
            unique: true,
            filter: @"""Status"" = 'published'");

        migrationBuilder.CreateIndex(
            name: "IX_RoleProfileVersions_RoleProfileId_VersionNumber",
            table: "RoleProfileVersions",
            columns: new[] { "RoleProfileId", "VersionNumber" },
            unique: true);

        migrationBuilder.CreateTable(
            name: "RoleRequirements",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RoleProfileVersionId = table.Column<int>(type: "integer", nullable: false),
                SkillId = table.Column<int>(type: "integer", nullable: false),
                RequiredLevel = table.Column<int>(type: "integer", nullable: false),
                Importance = table.Column<int>(type: "integer", nullable: false),
                IsEssential = table.Column<bool>(type: "boolean", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_RoleRequirements", x => x.Id);
                table.CheckConstraint("CK_RoleRequirements_Importance", @"""Importance"" BETWEEN 1 AND 5");
                table.CheckConstraint("CK_RoleRequirements_RequiredLevel", @"""RequiredLevel"" BETWEEN 1 AND 7");
                table.ForeignKey(
                    name: "FK_RoleRequirements_RoleProfileVersions_RoleProfileVersionId",
                    column: x => x.RoleProfileVersionId,
                    principalTable: "RoleProfileVersions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_RoleRequirements_Skills_SkillId",
                    column: x => x.SkillId,
                    principalTable: "Skills",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "IX_RoleRequirements_RoleProfileVersionId_SkillId",
            table: "RoleRequirements",
            columns: new[] { "RoleProfileVersionId", "SkillId" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_RoleRequirements_SkillId",
            table: "RoleRequirements",
            column: "SkillId");

        migrationBuilder.CreateTable(
            name: "CertificationRequirementGroups",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RoleProfileVersionId = table.Column<int>(type: "integer", nullable: false),
                Position = table.Column<int>(type: "integer", nullable: false),
                IsRequired = table.Column<bool>(type: "boolean", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CertificationRequirementGroups", x => x.Id);
                table.CheckConstraint("CK_CertificationRequirementGroups_Position", @"""Position"" >= 1");
                table.ForeignKey(
                    name: "FK_CertificationRequirementGroups_RoleProfileVersions_RoleProf~",
                    column: x => x.RoleProfileVersionId,
                    principalTable: "RoleProfileVersions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_CertificationRequirementGroups_RoleProfileVersionId_Position",
            table: "CertificationRequirementGroups",
            columns: new[] { "RoleProfileVersionId", "Position" },
            unique: true);

        migrationBuilder.CreateTable(
            name: "CertificationRequirementOptions",
            columns: table => new
            {
                CertificationRequirementGroupId = table.Column<int>(type: "integer", nullable: false),
                CertificationId = table.Column<int>(type: "integer", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CertificationRequirementOptions", x => new { x.CertificationRequirementGroupId, x.CertificationId });
                table.ForeignKey(
                    name: "FK_CertificationRequirementOptions_CertificationRequirementGro~",
                    column: x => x.CertificationRequirementGroupId,
                    principalTable: "CertificationRequirementGroups",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_CertificationRequirementOptions_Certifications_Certificatio~",
                    column: x => x.CertificationId,
                    principalTable: "Certifications",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "IX_CertificationRequirementOptions_CertificationId",
            table: "CertificationRequirementOptions",
            column: "CertificationId");

        migrationBuilder.CreateTable(
            name: "EducationRequirements",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                RoleProfileVersionId = table.Column<int>(type: "integer", nullable: false),
                Level = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                Fields = table.Column<List<string>>(type: "text[]", nullable: false),
                IsRequired = table.Column<bool>(type: "boolean", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EducationRequirements", x => x.Id);
                table.CheckConstraint("CK_EducationRequirements_Level", @"""Level"" IN ('vocational', 'bachelor', 'master', 'doctorate')");
                table.ForeignKey(
                    name: "FK_EducationRequirements_RoleProfileVersions_RoleProfileVersio~",
                    column: x => x.RoleProfileVersionId,
                    principalTable: "RoleProfileVersions",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_EducationRequirements_RoleProfileVersionId",
            table: "EducationRequirements",
            column: "RoleProfileVersionId");

        migrationBuilder.CreateTable(
            name: "CareerTransitions",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                FromRoleId = table.Column<int>(type: "integer", nullable: false),
                ToRoleId = table.Column<int>(type: "integer", nullable: false),
                TypicalYears = table.Column<decimal>(type: "numeric(4,2)", precision: 4, scale: 2, nullable: false),
                Note = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CareerTransitions", x => x.Id);
                table.CheckConstraint("CK_CareerTransitions_DifferentRoles", @"""FromRoleId"" <> ""ToRoleId""");
                table.CheckConstraint("CK_CareerTransitions_TypicalYears", @"""TypicalYears"" > 0");
                table.ForeignKey(
                    name: "FK_CareerTransitions_RoleProfiles_FromRoleId",
                    column: x => x.FromRoleId,
                    principalTable: "RoleProfiles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_CareerTransitions_RoleProfiles_ToRoleId",
                    column: x => x.ToRoleId,
                    principalTable: "RoleProfiles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_CareerTransitions_FromRoleId_ToRoleId",
            table: "CareerTransitions",
            columns: new[] { "FromRoleId", "ToRoleId" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_CareerTransitions_ToRoleId",
            table: "CareerTransitions",
            column: "ToRoleId");
    }

    private static void DropRolesTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "CareerTransitions");
        migrationBuilder.DropTable(name: "EducationRequirements");
        migrationBuilder.DropTable(name: "CertificationRequirementOptions");
        migrationBuilder.DropTable(name: "CertificationRequirementGroups");
        migrationBuilder.DropTable(name: "RoleRequirements");
        migrationBuilder.DropTable(name: "RoleProfileVersions");
        migrationBuilder.DropTable(name: "RoleProfiles");
    }
}
