namespace CareerPaths.GraphQL.Types;

/// <summary>The built-in scalars (spec §3.5) and the custom scalars this library ships.</summary>
public static class Scalars
{
    public static readonly IntScalar Int = new();
    public static readonly FloatScalar Float = new();
    public static readonly StringScalar String = new();
    public static readonly BooleanScalar Boolean = new();
    public static readonly IdScalar ID = new();

    /// <summary>RFC 3339 date-time with offset ↔ <see cref="DateTimeOffset"/>; not part of every schema.</summary>
    public static readonly DateTimeScalar DateTime = new();

    /// <summary>RFC 3339 full-date ↔ <see cref="DateOnly"/>; not part of every schema.</summary>
    public static readonly DateScalar Date = new();

    /// <summary>The five scalars every schema may use, in graphql-js's order.</summary>
    public static IReadOnlyList<ScalarType> Specified { get; } = [String, Int, Float, Boolean, ID];

    public static ScalarType? GetSpecified(string name) => name switch
    {
        "Int" => Int,
        "Float" => Float,
        "String" => String,
        "Boolean" => Boolean,
        "ID" => ID,
        _ => null,
    };
}
