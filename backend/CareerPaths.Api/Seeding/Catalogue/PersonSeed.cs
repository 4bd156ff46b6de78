using System.Text.Json.Serialization;
using CareerPaths.Api.Data.Employees;

namespace CareerPaths.Api.Seeding.Catalogue;

/// <summary>
/// One entry of <c>people.json</c>. The property order is the order the demo-people generator writes,
/// so the committed file stays stable.
/// </summary>
public sealed record PersonSeed(
    string EmployeeNumber,
    string Name,
    string Email,
    Guid IdentityObjectId,
    string OrgUnit,
    string? Manager,
    string CurrentRole,
    DateOnly RoleSince,
    IReadOnlyList<SkillEvidenceSeed> Skills,
    IReadOnlyList<HeldCertificationSeed> Certifications,
    IReadOnlyList<string> Goals);

public sealed record SkillEvidenceSeed(
    string Skill,
    int Level,
    EvidenceSource Source,
    DateOnly AssessedOn,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note = null);

/// <summary>A certification a person holds; <see cref="Expires"/> is null when it does not expire.</summary>
public sealed record HeldCertificationSeed(string Certification, DateOnly Earned, DateOnly? Expires);
