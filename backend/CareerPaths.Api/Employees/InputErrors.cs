using CareerPaths.GraphQL.Relay;

namespace CareerPaths.Api.Employees;

// Input problems several mutations report; each names the input field it is about (a path such as
// "requirements[2].level" for nested inputs), so a form can put the message next to the right box.

public sealed record UnknownSkillError(string Field, string Code) : IDomainError
{
    public string Message => $"No skill has the code \"{Code}\".";
}

public sealed record UnknownCertificationError(string Field, string Code) : IDomainError
{
    public string Message => $"No certification has the code \"{Code}\".";
}

public sealed record UnknownRoleError(string Field, string Code) : IDomainError
{
    public string Message => $"No role that can be used here has the code \"{Code}\".";
}

public sealed record UnknownLearningOfferingError(string Field, string Code) : IDomainError
{
    public string Message => $"No learning offering has the code \"{Code}\".";
}

public sealed record ValueOutOfRangeError(string Field, int Value, int Min, int Max) : IDomainError
{
    public string Message => $"{Field} must be between {Min} and {Max}, but was {Value}.";
}

public sealed record TextLengthError(string Field, int Length, int MinLength, int MaxLength) : IDomainError
{
    public string Message => MinLength > 0 && Length < MinLength
        ? $"{Field} cannot be empty."
        : $"{Field} has at most {MaxLength} characters, but had {Length}.";
}

public sealed record InvalidDateError(string Field, DateOnly Date, string Reason) : IDomainError
{
    public string Message => $"{Field} ({Date:yyyy-MM-dd}) {Reason}.";
}

public sealed record DuplicateValueError(string Field, string Value) : IDomainError
{
    public string Message => $"{Field} lists \"{Value}\" more than once.";
}

/// <summary>The mutation's target does not exist or the viewer may not see it (the two are not told apart).</summary>
public sealed record NotFoundError(string Field, string Id) : IDomainError
{
    public string Message => $"Nothing the viewer may change has the id \"{Id}\".";
}
