using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CareerPaths.Api.Data.Migrations;

/// <summary>
/// The initial schema. Written by hand (the EF design-time package is not available here), one partial file
/// per concept; MigrationsMatchModelTests proves it builds exactly the schema the model describes.
/// </summary>
[DbContext(typeof(CareerPathsDbContext))]
[Migration("20261121120000_Initial")]
public partial class Initial : Migration
{
    // Tables are created in dependency order: a concept only refers to concepts created before it.
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        CreateSkillsTables(migrationBuilder);
        CreateCertificationsTables(migrationBuilder);
        CreateRolesTables(migrationBuilder);
        CreateEmployeesTables(migrationBuilder);
        CreateLearningTables(migrationBuilder);
        CreateDevelopmentTables(migrationBuilder);
        CreateCohortsTables(migrationBuilder);
        CreateGovernanceTables(migrationBuilder);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        DropGovernanceTables(migrationBuilder);
        DropCohortsTables(migrationBuilder);
        DropDevelopmentTables(migrationBuilder);
        DropLearningTables(migrationBuilder);
        DropEmployeesTables(migrationBuilder);
        DropRolesTables(migrationBuilder);
        DropCertificationsTables(migrationBuilder);
        DropSkillsTables(migrationBuilder);
    }
}
