namespace CareerPaths.GraphQL.Types;

/// <summary>
/// A leaf value could not be coerced (spec §3.5 result and input coercion). The message is the
/// user-facing reason, e.g. <c>Int cannot represent non-integer value: 1.5</c>.
/// </summary>
public sealed class ScalarCoercionException : Exception
{
    public ScalarCoercionException()
    {
    }

    public ScalarCoercionException(string message)
        : base(message)
    {
    }

    public ScalarCoercionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
