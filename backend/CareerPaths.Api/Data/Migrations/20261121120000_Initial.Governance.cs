using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

namespace CareerPaths.Api.Data.Migrations;

// The initial schema, part: segregation-of-duties rules and the audit log.
public partial class Initial
{
    private static void CreateGovernanceTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "SegregationOfDutiesRules",
            columns: table => new
            {
                Id = table.Column<int>(type: "integer", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                Code = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                FirstRoleId = table.Column<int?>(type: "integer", nullable: true),
                FirstFamily = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                SecondRoleId = table.Column<int?>(type: "integer", nullable: true),
                SecondFamily = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                Reason = table.Column<string>(type: "text", nullable: false),
                Source = table.Column<string>(type: "text", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SegregationOfDutiesRules", x => x.Id);
                table.CheckConstraint("CK_SegregationOfDutiesRules_FirstFamily", @"""FirstFamily"" IN ('governance', 'management', 'information-systems', 'security', 'technical')");
                table.CheckConstraint("CK_SegregationOfDutiesRules_FirstSide", @"(""FirstRoleId"" IS NULL) <> (""FirstFamily"" IS NULL)");
                table.CheckConstraint("CK_SegregationOfDutiesRules_SecondFamily", @"""SecondFamily"" IN ('governance', 'management', 'information-systems', 'security', 'technical')");
                table.CheckConstraint("CK_SegregationOfDutiesRules_SecondSide", @"(""SecondRoleId"" IS NULL) <> (""SecondFamily"" IS NULL)");
                table.ForeignKey(
                    name: "FK_SegregationOfDutiesRules_RoleProfiles_FirstRoleId",
                    column: x => x.FirstRoleId,
                    principalTable: "RoleProfiles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
                table.ForeignKey(
                    name: "FK_SegregationOfDutiesRules_RoleProfiles_SecondRoleId",
                    column: x => x.SecondRoleId,
                    principalTable: "RoleProfiles",
                    principalColumn: "Id",
                    onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateIndex(
            name: "IX_SegregationOfDutiesRules_Code",
            table: "SegregationOfDutiesRules",
            column: "Code",
            unique: true);

        migrationBuilder.CreateIndex(
            name: "IX_SegregationOfDutiesRules_FirstRoleId",
            table: "SegregationOfDutiesRules",
            column: "FirstRoleId");

        migrationBuilder.CreateIndex(
            name: "IX_SegregationOfDutiesRules_SecondRoleId",
            table: "SegregationOfDutiesRules",
            column: "SecondRoleId");

        migrationBuilder.CreateTable(
            name: "AuditEntries",
            columns: table => new
            {
                Id = table.Column<long>(type: "bigint", nullable: false)
                    .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                OccurredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                Actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                EntityType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                EntityId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                Before = table.Column<string>(type: "jsonb", nullable: true),
                After = table.Column<string>(type: "jsonb", nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_AuditEntries", x => x.Id);
                table.CheckConstraint("CK_AuditEntries_HasState", @"""Before"" IS NOT NULL OR ""After"" IS NOT NULL");
            });

        migrationBuilder.CreateIndex(
            name: "IX_AuditEntries_EntityType_EntityId_OccurredAt",
            table: "AuditEntries",
            columns: new[] { "EntityType", "EntityId", "OccurredAt" });

        migrationBuilder.CreateIndex(
            name: "IX_AuditEntries_OccurredAt",
            table: "AuditEntries",
            column: "OccurredAt");
    }

    private static void DropGovernanceTables(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropTable(name: "AuditEntries");
        migrationBuilder.DropTable(name: "SegregationOfDutiesRules");
    }
}
