using CareerPaths.Api.Data.Skills;

namespace CareerPaths.Api.Seeding.Catalogue;

/// <summary>One entry of <c>skills.json</c>; <see cref="Levels"/> maps "1"…"7" to a descriptor.</summary>
public sealed record SkillSeed(
    string Code,
    string Name,
    SkillCategory Category,
    string Description,
    IReadOnlyDictionary<string, string> Levels,
    string Source,
    ExternalCodesSeed? ExternalCodes = null);

public sealed record ExternalCodesSeed(string? Onet = null, string? Esco = null, string? Sfia = null);
