using CareerPaths.Api.Data.Development;
using CareerPaths.GraphQL.Relay;

namespace CareerPaths.Api.Development;

public sealed record ActivePlanExistsError(string TargetRole, string PlanId) : IDomainError
{
    public string Message => $"There is already an active plan towards \"{TargetRole}\".";
}

public sealed record PlanNotActiveError(string PlanId, DevelopmentPlanStatus Status) : IDomainError
{
    public string Message => "Only an active plan can be changed.";
}

public sealed record ActionReferenceError(DevelopmentActionKind Kind, string Field, bool Missing) : IDomainError
{
    public string Message => Missing ? $"A {Kind} step needs {Field}." : $"A {Kind} step has no {Field}.";
}

public sealed record NothingToChangeError : IDomainError
{
    public string Message => "The input changes nothing: give a status or a due date.";
}
