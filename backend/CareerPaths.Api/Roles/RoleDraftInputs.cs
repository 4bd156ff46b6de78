using CareerPaths.Api.Data.Roles;

namespace CareerPaths.Api.Roles;

// The nested inputs of updateRoleDraft: a list given replaces the draft's list, an absent one keeps it.

/// <summary>A skill the role needs: level 1–7, importance 1–5, essential or desirable.</summary>
public sealed record RoleRequirementInput(string Skill, int RequiredLevel, int Importance, bool Essential);

/// <summary>"Any of these certifications" (1–10 codes), required or recommended.</summary>
public sealed record CertificationGroupInput(IReadOnlyList<string> Certifications, bool Required);

/// <summary>A degree the role asks for (required) or prefers, in any of the fields (none: any field).</summary>
public sealed record EducationRequirementInput(EducationLevel Level, IReadOnlyList<string> Fields, bool Required);
