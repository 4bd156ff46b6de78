namespace CareerPaths.GraphQL.Tests.Types.Building;

public enum Seniority
{
    Junior,
    SeniorEngineer,
    Principal,
}

public sealed record RoleDto(string Id, string Name, string? Summary, Seniority Level, IReadOnlyList<string> Tags);

public sealed record SkillDto(string Id, string Title);

public sealed record CreateRoleInput(string Name, Seniority Level, IReadOnlyList<string>? Tags, int Priority = 3);

public sealed class FilterInput
{
    public string? Term { get; set; }

    public int Limit { get; set; } = 20;
}
