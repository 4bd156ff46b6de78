namespace CareerPaths.GraphQL.Types;

/// <summary>
/// The "no value at all" marker, distinct from null: an absent variable, input field or argument
/// (spec §6.4.1 hasValue). Appears where an API takes or returns <c>object?</c> and absence matters.
/// </summary>
public sealed class Undefined
{
    public static readonly Undefined Value = new();

    private Undefined()
    {
    }

    public override string ToString() => "undefined";
}
