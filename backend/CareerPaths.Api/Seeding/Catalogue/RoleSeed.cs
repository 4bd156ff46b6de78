using CareerPaths.Api.Data.Roles;

namespace CareerPaths.Api.Seeding.Catalogue;

/// <summary>One entry of <c>roles.json</c>; seeded as version 1, published.</summary>
public sealed record RoleSeed(
    string Code,
    string Name,
    RoleFamily Family,
    RoleTier Tier,
    RoleSide Side,
    string Description,
    IReadOnlyList<string> Responsibilities,
    int MinimumExperienceYears,
    IReadOnlyList<EducationSeed> Education,
    IReadOnlyList<RequirementSeed> Requirements,
    IReadOnlyList<CertificationGroupSeed> Certifications,
    IReadOnlyList<string> Sources);

public sealed record EducationSeed(EducationLevel Level, IReadOnlyList<string> Fields, bool Required);

public sealed record RequirementSeed(string Skill, int Level, int Importance, bool Essential);

/// <summary>"Any of these certifications", required or recommended.</summary>
public sealed record CertificationGroupSeed(IReadOnlyList<string> AnyOf, bool Required);
