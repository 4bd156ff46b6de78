namespace CareerPaths.Api.Employees;

/// <summary>The viewer's career goals, most wanted first (published role codes, at most five); replaces the earlier list.</summary>
public sealed record SetMyCareerGoalsInput(IReadOnlyList<string> RoleCodes);
