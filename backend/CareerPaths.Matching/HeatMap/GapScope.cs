namespace CareerPaths.Matching.HeatMap;

/// <summary>
/// Whose gaps, against what. People: everyone in <paramref name="OrgUnitId"/> and the units below it (everyone
/// when null), optionally only those whose career goals include one of the target roles. Requirements: each
/// person's own current role when <paramref name="TargetRoleIds"/> is null, else the target roles combined
/// (per skill the highest required level among them, with that requirement's weight).
/// </summary>
public sealed record GapScope(
    int? OrgUnitId = null,
    IReadOnlyList<int>? TargetRoleIds = null,
    bool OnlyPeopleTargetingThoseRoles = false);
