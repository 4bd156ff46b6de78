namespace CareerPaths.Api.Tests.Data.SchemaComparison;

/// <summary>
/// The allow-list of objects only the migrations create: raw SQL that EF's model cannot describe, so
/// <c>EnsureCreated()</c> never makes them. Each entry says why it exists. The drift test takes exactly these out of
/// the migrated schema before comparing, and fails when one of them is missing (the list is a claim, not a filter):
/// an object not listed here still shows as a difference.
/// </summary>
public static class MigrationOnlyObjects
{
    // Migration 20261210090000_MatcherDataVersions: every committed change to what the matcher reads raises a
    // counter in the same transaction, also when the write bypasses EF (docs/matcher.md, "API: the read model").
    private const string MatcherVersionFunction = "FUNCTION public.\"BumpMatcherDataVersion\"";

    private static readonly string[] MatcherVersionTables =
    [
        "RoleProfileVersions", "RoleRequirements", "CertificationRequirementGroups", "CertificationRequirementOptions",
        "Certifications", "CertificationEvidencedSkills", "LearningOfferings", "LearningOfferingSkills", "LearningSessions",
        "CareerTransitions", "SegregationOfDutiesRules", "SkillEvidence", "EmployeeCertifications", "CareerGoals", "OrgUnits",
        "Employees",
    ];

    /// <summary>Each object as "KIND name", the way a <c>CREATE</c> statement of pg_dump names it.</summary>
    public static IReadOnlyList<string> Names { get; } =
        [MatcherVersionFunction, .. MatcherVersionTables.Select(table => $"TRIGGER \"TR_{table}_MatcherDataVersion\"")];

    /// <summary>
    /// Splits a migrated database's dump into the normalised schema without the allow-listed objects, and the
    /// allow-listed objects it held.
    /// </summary>
    public static (string Schema, IReadOnlyList<string> Found) Separate(string dump, IReadOnlyList<string>? names = null)
    {
        names ??= Names;
        var rest = new List<string>();
        var found = new List<string>();
        foreach (var statement in SchemaDumpNormaliser.Statements(dump))
        {
            var name = names.FirstOrDefault(candidate => Creates(statement, candidate));
            if (name is null)
            {
                rest.Add(statement);
            }
            else
            {
                found.Add(name);
            }
        }
        return (SchemaDumpNormaliser.Join(rest), found);
    }

    /// <summary>The allow-listed objects a dump lacks.</summary>
    public static IReadOnlyList<string> Missing(IReadOnlyList<string> found, IReadOnlyList<string>? names = null) =>
        [.. (names ?? Names).Except(found, StringComparer.Ordinal)];

    // "CREATE FUNCTION public."F"(…" or "CREATE TRIGGER "T" AFTER …": the name ends at "(" or a space.
    private static bool Creates(string statement, string name) =>
        statement.StartsWith("CREATE " + name, StringComparison.Ordinal)
        && statement.Length > name.Length + 7
        && statement[name.Length + 7] is '(' or ' ';
}
