using System.Text.Json;
using System.Text.RegularExpressions;
using CareerPaths.Api.Seeding.JsonSchemaValidation;

namespace CareerPaths.Api.Seeding.Reading;

/// <summary>
/// Says where a syntax error is, as a JSON path and a line/column, by reading the tokens up to it:
/// System.Text.Json only reports a byte position.
/// </summary>
internal static partial class JsonSyntaxLocator
{
    private sealed class Frame(bool isArray)
    {
        public bool IsArray { get; } = isArray;
        public int Index { get; set; } = -1;
        public string? Property { get; set; }
    }

    /// <summary>Null when <paramref name="utf8"/> is well-formed JSON.</summary>
    public static (string Path, string Reason)? FindError(ReadOnlySpan<byte> utf8)
    {
        var frames = new List<Frame>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow });
        try
        {
            while (reader.Read())
            {
                Track(frames, reader.TokenType, ref reader);
            }
            return null;
        }
        catch (JsonException exception)
        {
            var line = (exception.LineNumber ?? 0) + 1;
            var column = (exception.BytePositionInLine ?? 0) + 1;
            var reason = PositionSuffix().Replace(exception.Message, "").TrimEnd('.', ' ');
            return (PathOf(frames), $"invalid JSON at line {line}, column {column}: {reason}");
        }
    }

    private static void Track(List<Frame> frames, JsonTokenType token, ref Utf8JsonReader reader)
    {
        if (token == JsonTokenType.PropertyName)
        {
            frames[^1].Property = reader.GetString();
            return;
        }
        if (token is JsonTokenType.EndObject or JsonTokenType.EndArray)
        {
            frames.RemoveAt(frames.Count - 1);
            return;
        }
        if (frames.Count > 0 && frames[^1].IsArray)
        {
            frames[^1].Index++;
        }
        if (token is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            frames.Add(new Frame(token == JsonTokenType.StartArray));
        }
    }

    private static string PathOf(List<Frame> frames)
    {
        var path = JsonPathText.Root;
        foreach (var frame in frames)
        {
            if (frame.IsArray && frame.Index >= 0)
            {
                path = JsonPathText.Item(path, frame.Index);
            }
            else if (!frame.IsArray && frame.Property is not null)
            {
                path = JsonPathText.Property(path, frame.Property);
            }
        }
        return path;
    }

    [GeneratedRegex(@"\s*(Path: \S*)?\s*\|?\s*LineNumber: \d+ \| BytePositionInLine: \d+\.?")]
    private static partial Regex PositionSuffix();
}
