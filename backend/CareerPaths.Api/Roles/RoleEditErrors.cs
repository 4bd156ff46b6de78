using CareerPaths.GraphQL.Relay;

namespace CareerPaths.Api.Roles;

public sealed record RoleCodeTakenError(string Code) : IDomainError
{
    public string Message => $"A role with the code \"{Code}\" exists already.";
}

public sealed record InvalidCodeError(string Field, string Code) : IDomainError
{
    public string Message => $"\"{Code}\" is not a kebab-case code (lower-case letters and digits in words joined by hyphens).";
}

public sealed record DraftExistsError(string RoleCode, string DraftId) : IDomainError
{
    public string Message => $"The role \"{RoleCode}\" has a draft already; edit that one.";
}

/// <summary>The role changed since the client read it: nothing was written; read it again and redo the edit.</summary>
public sealed record ConcurrencyConflictError(string ExpectedRowVersion, string ActualRowVersion) : IDomainError
{
    public string Message => "The role was changed by someone else since you read it; reload it and apply your change again.";
}

public sealed record RoleNameTakenError(string Name, string RoleCode) : IDomainError
{
    public string Message => $"The published role \"{RoleCode}\" already has the name \"{Name}\".";
}

public sealed record RoleNotPublishedError(string RoleCode) : IDomainError
{
    public string Message => $"The role \"{RoleCode}\" has no published version.";
}
