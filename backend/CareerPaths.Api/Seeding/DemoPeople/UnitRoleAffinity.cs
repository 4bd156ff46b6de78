using CareerPaths.Api.Data.Roles;
using CareerPaths.Api.Seeding.Catalogue;

namespace CareerPaths.Api.Seeding.DemoPeople;

/// <summary>
/// How well a role fits an org unit, from the words of their names: a unit called "Information Security" suits
/// security roles, "Internal Audit" suits the IT auditor. Generic English keywords map unit words onto role
/// families; shared words (auditor ~ audit, cybersecurity ~ security) count twice as much.
/// </summary>
internal static class UnitRoleAffinity
{
    private static readonly Dictionary<string, RoleFamily[]> FamiliesByKeyword = new(StringComparer.Ordinal)
    {
        ["security"] = [RoleFamily.Security], ["cyber"] = [RoleFamily.Security], ["cybersecurity"] = [RoleFamily.Security],
        ["audit"] = [RoleFamily.Governance], ["governance"] = [RoleFamily.Governance], ["risk"] = [RoleFamily.Governance],
        ["compliance"] = [RoleFamily.Governance], ["privacy"] = [RoleFamily.Governance],
        ["applications"] = [RoleFamily.InformationSystems], ["systems"] = [RoleFamily.InformationSystems],
        ["architecture"] = [RoleFamily.InformationSystems], ["data"] = [RoleFamily.InformationSystems],
        ["project"] = [RoleFamily.Management], ["programme"] = [RoleFamily.Management], ["portfolio"] = [RoleFamily.Management],
        ["operations"] = [RoleFamily.Technical, RoleFamily.Management], ["infrastructure"] = [RoleFamily.Technical, RoleFamily.Management],
        ["cloud"] = [RoleFamily.Technical, RoleFamily.Management], ["network"] = [RoleFamily.Technical, RoleFamily.Management],
        ["desk"] = [RoleFamily.Technical, RoleFamily.Management], ["support"] = [RoleFamily.Technical, RoleFamily.Management],
        ["service"] = [RoleFamily.Technical, RoleFamily.Management],
        ["executive"] = [RoleFamily.Management], ["cio"] = [RoleFamily.Management], ["technology"] = [RoleFamily.Management],
    };

    // Words too common to say anything about fit ("office" would also match "officer").
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal) { "and", "the", "of", "it", "office", "end", "user", "users", "services" };

    public static int Score(OrgUnitSeed unit, RoleSeed role)
    {
        var unitWords = Words(unit.Code, unit.Name);
        var roleWords = Words(role.Code, role.Name);
        var families = unitWords.SelectMany(word => FamiliesByKeyword.GetValueOrDefault(word, [])).ToHashSet();
        var shared = unitWords.Count(word => !StopWords.Contains(word) && roleWords.Any(roleWord => Related(word, roleWord)));
        return (families.Contains(role.Family) ? 1 : 0) + 2 * shared;
    }

    private static List<string> Words(string code, string name) =>
        [.. $"{code} {name}".ToLowerInvariant().Split([' ', '-', '(', ')', ',', '/', '&'], StringSplitOptions.RemoveEmptyEntries).Distinct()];

    // audit ~ auditor, security ~ cybersecurity, management ~ manager.
    private static bool Related(string unitWord, string roleWord) =>
        unitWord == roleWord ||
        (unitWord.Length >= 5 && roleWord.Length >= 5 &&
         (roleWord.Contains(unitWord, StringComparison.Ordinal) || unitWord.Contains(roleWord, StringComparison.Ordinal) ||
          string.CompareOrdinal(unitWord, 0, roleWord, 0, 5) == 0));
}
