using CareerPaths.Api.Data.Roles;

namespace CareerPaths.Api.Seeding.Catalogue;

/// <summary>One entry of <c>segregation-of-duties.json</c>.</summary>
public sealed record SegregationRuleSeed(string Code, RuleSideSeed First, RuleSideSeed Second, string Reason, string Source);

/// <summary>Exactly one of a role code or a role family.</summary>
public sealed record RuleSideSeed(string? Role = null, RoleFamily? Family = null);
