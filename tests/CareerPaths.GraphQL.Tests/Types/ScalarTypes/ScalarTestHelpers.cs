using System.Text.Json;
using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Tests.Types.ScalarTypes;

/// <summary>Runs one coercion and returns its result, or the coercion error's message prefixed with "error: ".</summary>
internal static class ScalarTestHelpers
{
    public static object? Serialize(ScalarType scalar, object value) => Run(() => scalar.Serialize(value));

    /// <summary>Input coercion of a variable value given as JSON text.</summary>
    public static object? ParseJson(ScalarType scalar, string json) => Run(() => scalar.ParseValue(JsonDocument.Parse(json).RootElement.Clone()));

    public static object? ParseLiteral(ScalarType scalar, string literal) => Run(() => scalar.ParseLiteral(Parser.ParseValue(literal), null));

    private static object? Run(Func<object> coerce)
    {
        try
        {
            return coerce();
        }
        catch (ScalarCoercionException exception)
        {
            return "error: " + exception.Message;
        }
    }
}
