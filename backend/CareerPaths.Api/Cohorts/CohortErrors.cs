using CareerPaths.GraphQL.Relay;

namespace CareerPaths.Api.Cohorts;

// Why createCohorts refused a proposal. Each names the input field it is about (e.g. "cohorts[1].memberIds[0]").

public sealed record UnknownSessionError(string Field, string Code) : IDomainError
{
    public string Message => $"No learning session has the code \"{Code}\".";
}

public sealed record SessionTakenError(string Field, string Code) : IDomainError
{
    public string Message => $"Session \"{Code}\" already has a cohort; a session holds one cohort.";
}

public sealed record SessionStartedError(string Field, string Code, DateOnly StartsOn) : IDomainError
{
    public string Message => $"Session \"{Code}\" started on {StartsOn:yyyy-MM-dd}; cohorts are for sessions that have not started yet.";
}

public sealed record CapacityExceededError(string Field, string Code, int Capacity, int Members) : IDomainError
{
    public string Message => $"Session \"{Code}\" takes {Capacity} people, but the cohort has {Members}.";
}

public sealed record DoubleBookedError(string Field, string EmployeeId, string SessionCode, string OtherSessionCode) : IDomainError
{
    public string Message => $"The person would sit in \"{SessionCode}\" and \"{OtherSessionCode}\", whose dates overlap.";
}

public sealed record NothingToLearnError(string Field, string EmployeeId, string SessionCode) : IDomainError
{
    public string Message => $"The person has no gap that \"{SessionCode}\" closes (in the population given), or is not in that population.";
}

/// <summary>The population the cohorts were planned for (orgUnitId, roleIds) names something unknown or is incomplete.</summary>
public sealed record InvalidPopulationError(string Field, string Problem) : IDomainError
{
    public string Message => Problem;
}
