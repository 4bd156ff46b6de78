namespace CareerPaths.Api.Cohorts;

/// <summary>
/// An accepted proposal: the cohorts to store, and the population their gaps were measured in (the same scope as
/// the planCohorts request), so every member can be checked to still have something to learn in their cohort.
/// </summary>
public sealed record CreateCohortsInput(
    IReadOnlyList<CohortInput> Cohorts, string? OrgUnitId = null, IReadOnlyList<string>? RoleIds = null, bool OnlyPeopleTargetingRoles = false);

/// <summary>One cohort: a session (by its code) and the Employee ids of its members.</summary>
public sealed record CohortInput(string SessionCode, IReadOnlyList<string> MemberIds);
