using CareerPaths.Api.Seeding.Catalogue;
using CareerPaths.Api.Seeding.Reading;

namespace CareerPaths.Api.Seeding.Validation;

/// <summary>The codes each file defines, so references from other files can be checked.</summary>
internal sealed class KnownCodes(SeedCatalogue catalogue)
{
    public IReadOnlySet<string> Skills { get; } = catalogue.Skills.Select(skill => skill.Code).ToHashSet(StringComparer.Ordinal);
    public IReadOnlySet<string> Certifications { get; } = catalogue.Certifications.Select(certification => certification.Code).ToHashSet(StringComparer.Ordinal);
    public IReadOnlySet<string> Roles { get; } = catalogue.Roles.Select(role => role.Code).ToHashSet(StringComparer.Ordinal);
    public IReadOnlySet<string> OrgUnits { get; } = catalogue.OrgUnits.Select(unit => unit.Code).ToHashSet(StringComparer.Ordinal);

    public SeedProblem? Skill(SeedFile file, string path, string code) => Check(Skills, SeedFile.Skills, "skill", file, path, code);

    public SeedProblem? Certification(SeedFile file, string path, string code) =>
        Check(Certifications, SeedFile.Certifications, "certification", file, path, code);

    public SeedProblem? Role(SeedFile file, string path, string code) => Check(Roles, SeedFile.Roles, "role", file, path, code);

    public SeedProblem? OrgUnit(SeedFile file, string path, string code) => Check(OrgUnits, SeedFile.OrgUnits, "org unit", file, path, code);

    private static SeedProblem? Check(IReadOnlySet<string> known, SeedFile definedIn, string what, SeedFile file, string path, string code) =>
        known.Contains(code) ? null : new SeedProblem(file.FileName, path, $"unknown {what} '{code}' (not in {definedIn.FileName})");
}
