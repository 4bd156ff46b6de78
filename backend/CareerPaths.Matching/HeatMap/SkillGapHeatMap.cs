namespace CareerPaths.Matching.HeatMap;

/// <summary>Gap severity by org unit × skill; every row has one cell per skill of <see cref="SkillIds"/>, in that order.</summary>
/// <param name="Total">The whole population in scope (including people without a unit).</param>
public sealed record SkillGapHeatMap(IReadOnlyList<int> SkillIds, HeatMapRow Total, IReadOnlyList<HeatMapRow> Rows);

/// <summary>One org unit, rolled up over the units below it.</summary>
/// <param name="OrgUnitId">Null for the total row.</param>
/// <param name="Headcount">People in scope in the unit and below it, with or without gaps.</param>
public sealed record HeatMapRow(int? OrgUnitId, int Headcount, IReadOnlyList<HeatMapCell> Cells);

/// <summary>
/// One skill in one unit. Severity = Σ over the unit's people of wᵢ × gap ÷ headcount, where wᵢ is the
/// requirement's weight (importance × essential factor) and gap = max(0, required − effective) in levels.
/// </summary>
public readonly record struct HeatMapCell(int SkillId, int PeopleWithGap, double TotalGapLevels, double Severity);
