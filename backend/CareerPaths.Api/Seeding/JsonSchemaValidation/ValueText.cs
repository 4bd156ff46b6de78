using System.Text.Json;

namespace CareerPaths.Api.Seeding.JsonSchemaValidation;

/// <summary>Short descriptions of JSON values for error messages ("a string \"abc\"", "the number 9").</summary>
internal static class ValueText
{
    private const int MaximumShown = 60;

    public static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => $"the string {Quote(value.GetString()!)}",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        JsonValueKind.Null => "null",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "nothing",
    };

    public static string Literal(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? Quote(value.GetString()!) : Shorten(value.GetRawText());

    public static string Quote(string text) => $"\"{Shorten(text)}\"";

    private static string Shorten(string text) => text.Length <= MaximumShown ? text : text[..MaximumShown] + "…";
}
