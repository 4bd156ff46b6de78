using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CareerPaths.Api.Data.Migrations;

/// <summary>
/// The matcher's data versions (docs/matcher.md, "API: the read model"): a table with one counter per scope, and
/// statement-level triggers on every table the matcher reads that raise the scope's counter once per transaction,
/// in that transaction. The function and triggers exist only in migrated databases; the drift test lists them
/// (tests/CareerPaths.Api.Tests/Data/SchemaComparison/MigrationOnlyObjects.cs).
/// </summary>
[DbContext(typeof(CareerPathsDbContext))]
[Migration("20261210090000_MatcherDataVersions")]
public sealed class MatcherDataVersions : Migration
{
    // The tables as they are at this migration; a later table the matcher reads gets its trigger in its own migration.
    private static readonly string[] CatalogueTables =
    [
        "RoleProfileVersions", "RoleRequirements", "CertificationRequirementGroups", "CertificationRequirementOptions",
        "Certifications", "CertificationEvidencedSkills", "LearningOfferings", "LearningOfferingSkills", "LearningSessions",
        "CareerTransitions", "SegregationOfDutiesRules",
    ];

    private static readonly string[] PeopleTables = ["SkillEvidence", "EmployeeCertifications", "CareerGoals", "OrgUnits"];

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.CreateTable(
            name: "MatcherDataVersions",
            columns: table => new
            {
                Scope = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                Version = table.Column<long>(type: "bigint", nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_MatcherDataVersions", x => x.Scope);
                table.CheckConstraint("CK_MatcherDataVersions_Scope", "\"Scope\" IN ('catalogue', 'people')");
            });
        migrationBuilder.InsertData(
            table: "MatcherDataVersions",
            columns: ["Scope", "Version"],
            columnTypes: ["character varying(16)", "bigint"],
            values: new object[,] { { "catalogue", 0L }, { "people", 0L } });

        // One increment per transaction and scope is enough (everything a transaction changes commits together),
        // and keeps a bulk import of a million rows from updating the counter a million times. The flag is a
        // transaction-local setting, so it is gone at commit or rollback (and undone with a rolled-back savepoint).
        migrationBuilder.Sql("""
            CREATE FUNCTION public."BumpMatcherDataVersion"() RETURNS trigger
                LANGUAGE plpgsql
                AS $$
            BEGIN
                IF current_setting('careerpaths.matcher_bumped_' || TG_ARGV[0], true) IS DISTINCT FROM 'on' THEN
                    UPDATE public."MatcherDataVersions" SET "Version" = "Version" + 1 WHERE "Scope" = TG_ARGV[0];
                    PERFORM set_config('careerpaths.matcher_bumped_' || TG_ARGV[0], 'on', true);
                END IF;
                RETURN NULL;
            END
            $$;
            """);
        foreach (var table in CatalogueTables)
        {
            migrationBuilder.Sql(CreateTrigger(table, "INSERT OR DELETE OR UPDATE OR TRUNCATE", "catalogue"));
        }
        foreach (var table in PeopleTables)
        {
            migrationBuilder.Sql(CreateTrigger(table, "INSERT OR DELETE OR UPDATE OR TRUNCATE", "people"));
        }
        // Names, e-mails and managers are not the matcher's business: only the unit and the role held count.
        migrationBuilder.Sql(CreateTrigger("Employees", "INSERT OR DELETE OR UPDATE OF \"OrgUnitId\", \"CurrentRoleId\" OR TRUNCATE", "people"));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var table in CatalogueTables.Concat(PeopleTables).Append("Employees"))
        {
            migrationBuilder.Sql($"DROP TRIGGER \"{TriggerName(table)}\" ON public.\"{table}\";");
        }
        migrationBuilder.Sql("DROP FUNCTION public.\"BumpMatcherDataVersion\"();");
        migrationBuilder.DropTable(name: "MatcherDataVersions");
    }

    private static string TriggerName(string table) => $"TR_{table}_MatcherDataVersion";

    private static string CreateTrigger(string table, string events, string scope) =>
        $"CREATE TRIGGER \"{TriggerName(table)}\" AFTER {events} ON public.\"{table}\" " +
        $"FOR EACH STATEMENT EXECUTE FUNCTION public.\"BumpMatcherDataVersion\"('{scope}');";
}
