using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace CareerPaths.Api.Data.Migrations;

// The initial schema, part: the organisation tree, employees and what they hold.
public partial class Initial
{
    private static void CreateEmployeesTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "OrgUnits",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Code = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                ParentId = table.Column<int?>(type: "integer", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_OrgUnits", x => x.Id);
                table.CheckConstraint("CK_OrgUnits_NotOwnParent", @"""ParentId"" <> ""Id""");
                table.ForeignKey(
                    name: "FK_OrgUnits_OrgUnits_ParentId",
                    column: x => x.ParentId,
                    principalTable: "OrgUnits",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "IX_OrgUnits_Code",
            table: "OrgUnits",
            column: "Code",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_OrgUnits_ParentId",
            table: "OrgUnits",
            column: "ParentId");

        migrationBuilder.CreateTable(
            name: "Employees",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                EmployeeNumber = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                IdentityObjectId = table.Column<Guid>(type: "uuid", nullable: false),
                OrgUnitId = table.Column<int>(type: "integer", nullable: false),
                ManagerId = table.Column<int?>(type: "integer", nullable: true),
                CurrentRoleId = table.Column<int?>(type: "integer", nullable: true),
                RoleSince = table.Column<DateOnly?>(type: "date", nullable: true),
                xmin = table.Column<uint>(type: "xid", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Employees", x => x.Id);
                table.CheckConstraint("CK_Employees_NotOwnManager", @"""ManagerId"" <> ""Id""");
                table.ForeignKey(
                    name: "FK_Employees_Employees_ManagerId",
                    column: x => x.ManagerId,
                    principalTable: "Employees",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_Employees_OrgUnits_OrgUnitId",
                    column: x => x.OrgUnitId,
                    principalTable: "OrgUnits",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_Employees_RoleProfiles_CurrentRoleId",
                    column: x => x.CurrentRoleId,
                    principalTable: "RoleProfiles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "IX_Employees_CurrentRoleId",
            table: "Employees",
            column: "CurrentRoleId");

        migrationBuilder.CreateIndex(
            name: "IX_Employees_Email",
            table: "Employees",
            column: "Email",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Employees_EmployeeNumber",
            table: "Employees",
            column: "EmployeeNumber",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Employees_IdentityObjectId",
            table: "Employees",
            column: "IdentityObjectId",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_Employees_ManagerId",
            table: "Employees",
            column: "ManagerId");

        migrationBuilder.CreateIndex(
            name: "IX_Employees_OrgUnitId",
            table: "Employees",
            column: "OrgUnitId");

        migrationBuilder.CreateTable(
            name: "SkillEvidence",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                EmployeeId = table.Column<int>(type: "integer", nullable: false),
                SkillId = table.Column<int>(type: "integer", nullable: false),
                Level = table.Column<int>(type: "integer", nullable: false),
                Source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                AssessedOn = table.Column<DateOnly>(type: "date", nullable: false),
                Note = table.Column<string>(type: "text", nullable: true),
                RecordedById = table.Column<int?>(type: "integer", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SkillEvidence", x => x.Id);
                table.CheckConstraint("CK_SkillEvidence_Level", @"""Level"" BETWEEN 0 AND 7");
                table.CheckConstraint("CK_SkillEvidence_Source", @"""Source"" IN ('self', 'manager', 'assessment', 'certification')");
                table.ForeignKey(
                    name: "FK_SkillEvidence_Employees_EmployeeId",
                    column: x => x.EmployeeId,
                    principalTable: "Employees",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_SkillEvidence_Employees_RecordedById",
                    column: x => x.RecordedById,
                    principalTable: "Employees",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.SetNull);
                table.ForeignKey(
                    name: "FK_SkillEvidence_Skills_SkillId",
                    column: x => x.SkillId,
                    principalTable: "Skills",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "IX_SkillEvidence_EmployeeId_SkillId",
            table: "SkillEvidence",
            columns: new[] { "EmployeeId", "SkillId" });

        migrationBuilder.CreateIndex(
            name: "IX_SkillEvidence_RecordedById",
            table: "SkillEvidence",
            column: "RecordedById");

        migrationBuilder.CreateIndex(
            name: "IX_SkillEvidence_SkillId_Level",
            table: "SkillEvidence",
            columns: new[] { "SkillId", "Level" });

        migrationBuilder.CreateTable(
            name: "EmployeeCertifications",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                EmployeeId = table.Column<int>(type: "integer", nullable: false),
                CertificationId = table.Column<int>(type: "integer", nullable: false),
                EarnedOn = table.Column<DateOnly>(type: "date", nullable: false),
                ExpiresOn = table.Column<DateOnly?>(type: "date", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EmployeeCertifications", x => x.Id);
                table.CheckConstraint("CK_EmployeeCertifications_ExpiresAfterEarned", @"""ExpiresOn"" IS NULL OR ""ExpiresOn"" >= ""EarnedOn""");
                table.ForeignKey(
                    name: "FK_EmployeeCertifications_Certifications_CertificationId",
                    column: x => x.CertificationId,
                    principalTable: "Certifications",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_EmployeeCertifications_Employees_EmployeeId",
                    column: x => x.EmployeeId,
                    principalTable: "Employees",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex(
            name: "IX_EmployeeCertifications_CertificationId",
            table: "EmployeeCertifications",
            column: "CertificationId");

        migrationBuilder.CreateIndex(
            name: "IX_EmployeeCertifications_EmployeeId_CertificationId_EarnedOn",
            table: "EmployeeCertifications",
            columns: new[] { "EmployeeId", "CertificationId", "EarnedOn" },
            unique: true);

        migrationBuilder.CreateTable(
            name: "CareerGoals",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                EmployeeId = table.Column<int>(type: "integer", nullable: false),
                TargetRoleId = table.Column<int>(type: "integer", nullable: false),
                Priority = table.Column<int>(type: "integer", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_CareerGoals", x => x.Id);
                table.CheckConstraint("CK_CareerGoals_Priority", @"""Priority"" >= 1");
                table.ForeignKey(
                    name: "FK_CareerGoals_Employees_EmployeeId",
                    column: x => x.EmployeeId,
                    principalTable: "Employees",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Cascade);
                table.ForeignKey(
                    name: "FK_CareerGoals_RoleProfiles_TargetRoleId",
                    column: x => x.TargetRoleId,
                    principalTable: "RoleProfiles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "IX_CareerGoals_EmployeeId_TargetRoleId",
            table: "CareerGoals",
            columns: new[] { "EmployeeId", "TargetRoleId" },
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_CareerGoals_TargetRoleId",
            table: "CareerGoals",
            column: "TargetRoleId");
    }

    private static void DropEmployeesTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "CareerGoals");
        migrationBuilder.DropTable(name: "EmployeeCertifications");
        migrationBuilder.DropTable(name: "SkillEvidence");
        migrationBuilder.DropTable(name: "Employees");
        migrationBuilder.DropTable(name: "OrgUnits");
    }
}
