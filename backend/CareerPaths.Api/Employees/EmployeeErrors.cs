using CareerPaths.GraphQL.Relay;

namespace CareerPaths.Api.Employees;

public sealed record CannotVerifyOwnSkillError : IDomainError
{
    public string Message => "Nobody can verify their own skills; ask your manager.";
}

public sealed record NotDirectReportError(string EmployeeId) : IDomainError
{
    public string Message => "Only the person's manager (or HR) can verify their skills.";
}

public sealed record CertificationAlreadyHeldError(string Code, DateOnly EarnedOn) : IDomainError
{
    public string Message => $"\"{Code}\" earned on {EarnedOn:yyyy-MM-dd} is already in the profile.";
}
