namespace CareerPaths.Api.Cohorts;

/// <summary>
/// Whose gaps (an org unit and below, or everyone; against their current roles or chosen target roles), which
/// offerings may run (all with sessions when absent), and the budget, in the catalogue's currency.
/// </summary>
public sealed record PlanCohortsInput(
    double Budget, string? OrgUnitId = null, IReadOnlyList<string>? RoleIds = null, bool OnlyPeopleTargetingRoles = false,
    IReadOnlyList<string>? OfferingIds = null);
