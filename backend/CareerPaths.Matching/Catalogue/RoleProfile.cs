namespace CareerPaths.Matching.Catalogue;

/// <summary>A published role profile as the matcher sees it: what it requires, where it sits.</summary>
/// <param name="Family">Role family (governance, management, …); segregation-of-duties rules may name it.</param>
public sealed record RoleProfile(
    int Id,
    string Family,
    RoleTier Tier,
    IReadOnlyList<RoleRequirement> Requirements,
    IReadOnlyList<CertificationRequirement> Certifications);

/// <summary>Where a role sits; the order is the seniority order (operational lowest).</summary>
public enum RoleTier
{
    Operational = 0,
    Tactical = 1,
    Strategic = 2,
}

/// <summary>One skill a role needs.</summary>
/// <param name="Level">Required level on the 0–7 scale (1–7 for HR-authored roles; imports such as O*NET keep decimals).</param>
/// <param name="Importance">Importance 1–5 (decimals allowed for imports).</param>
/// <param name="Essential">Essential requirements block "ready now" and weigh more in fit.</param>
public sealed record RoleRequirement(int SkillId, double Level, double Importance, bool Essential);

/// <summary>Certifications a role asks for: holding any one of <paramref name="AnyOf"/> satisfies it.</summary>
/// <param name="Required">Required groups block "ready now"; recommended ones are reported only.</param>
public sealed record CertificationRequirement(IReadOnlyList<int> AnyOf, bool Required);
