using CareerPaths.Matching.Model;

namespace CareerPaths.Matching.Succession;

/// <summary>How many people (incumbents excluded) could take a role now, within a year, in 1–3 years, or later.</summary>
public sealed record BenchStrength(int RoleId, int ReadyNow, int WithinOneYear, int OneToThreeYears, int Later)
{
    /// <summary>Nobody could take the role within a year: a succession risk.</summary>
    public bool AtRisk => ReadyNow + WithinOneYear == 0;

    /// <summary>Bench strength of the given roles (all published roles when null), in role id order.</summary>
    public static IReadOnlyList<BenchStrength> Of(Workforce workforce, IReadOnlyList<int>? roleIds = null)
    {
        var roles = roleIds is null
            ? workforce.Catalogue.Roles
            : [.. roleIds.Distinct().Select(workforce.Catalogue.Role).OrderBy(r => r.Id)];
        return [.. roles.Select(role => Count(workforce, role))];
    }

    /// <summary>Roles at risk (nobody ready within a year), in role id order.</summary>
    public static IReadOnlyList<BenchStrength> Risks(Workforce workforce) => [.. Of(workforce).Where(b => b.AtRisk)];

    private static BenchStrength Count(Workforce workforce, IndexedRole role)
    {
        var scan = RoleScan.Run(workforce, role);
        var counts = new int[4];
        for (var p = 0; p < workforce.Count; p++)
        {
            if (workforce.CurrentRole[p] != role.Index)
            {
                counts[(int)scan.Readiness[p]]++;
            }
        }
        return new BenchStrength(role.Id, counts[0], counts[1], counts[2], counts[3]);
    }
}
