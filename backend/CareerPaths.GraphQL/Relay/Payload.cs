namespace CareerPaths.GraphQL.Relay;

/// <summary>A domain error a mutation reports in its payload's <c>errors</c> list (GraphQL <c>interface Error</c>).</summary>
public interface IDomainError
{
    /// <summary>A sentence for people; clients branch on the error's type, never on this text.</summary>
    string Message { get; }
}

/// <summary>What a mutation returns: the changed object, or the domain errors that stopped the change.</summary>
public sealed record Payload<TValue>(TValue? Value, IReadOnlyList<IDomainError> Errors)
{
    public static Payload<TValue> Success(TValue value) => new(value, []);

    public static Payload<TValue> Failure(params IDomainError[] errors) => new(default, errors);
}
