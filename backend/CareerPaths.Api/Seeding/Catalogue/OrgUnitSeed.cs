namespace CareerPaths.Api.Seeding.Catalogue;

/// <summary>One entry of <c>org-units.json</c>; <see cref="Parent"/> is null for the root.</summary>
public sealed record OrgUnitSeed(string Code, string Name, string? Parent);
