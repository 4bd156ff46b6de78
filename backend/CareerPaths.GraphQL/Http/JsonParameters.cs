using System.Text.Json;

namespace CareerPaths.GraphQL.Http;

/// <summary>
/// Typed reads of request parameters out of JSON, each failing with a message naming the parameter. Also the
/// Unicode check: System.Text.Json accepts an escaped unpaired surrogate (<c>"\ud800"</c>) while parsing but
/// throws when the string is read, which would happen deep in the executor; we find those strings up front.
/// </summary>
internal static class JsonParameters
{
    public static readonly JsonDocumentOptions DocumentOptions = new()
    {
        // A repeated "query" or variable is ambiguous: refuse it rather than pick one.
        AllowDuplicateProperties = false,
        MaxDepth = 64,
    };

    /// <summary>A string, or null for JSON null; a problem for anything else.</summary>
    public static RequestProblem? ReadString(JsonElement value, string name, out string? text)
    {
        text = null;
        switch (value.ValueKind)
        {
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.String:
                return TryGetString(value, out text) ? null : NotUnicode(name);
            default:
                return RequestProblem.Malformed($"\"{name}\" must be a string, not {Describe(value.ValueKind)}.");
        }
    }

    /// <summary>A JSON object (for <c>variables</c> and <c>extensions</c>), or null for JSON null.</summary>
    public static RequestProblem? ReadObject(JsonElement value, string name, bool mayHaveEscapes, out JsonElement? map)
    {
        map = null;
        if (value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Object)
        {
            return RequestProblem.Malformed($"\"{name}\" must be an object (a map), not {Describe(value.ValueKind)}.");
        }

        if (mayHaveEscapes && !AllStringsReadable(value))
        {
            return NotUnicode(name);
        }

        map = value;
        return null;
    }

    /// <summary>The top-level entries of an extensions object, and Apollo's persisted-query hash if present.</summary>
    public static Dictionary<string, object?> ToExtensions(JsonElement map, out string? persistedQueryHash)
    {
        persistedQueryHash = null;
        var extensions = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in map.EnumerateObject())
        {
            extensions[property.Name] = property.Value;
        }

        if (map.TryGetProperty("persistedQuery", out var persisted) && persisted.ValueKind == JsonValueKind.Object &&
            persisted.TryGetProperty("sha256Hash", out var hash) && hash.ValueKind == JsonValueKind.String)
        {
            persistedQueryHash = hash.GetString();
        }

        return extensions;
    }

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static RequestProblem NotUnicode(string name) =>
        RequestProblem.Malformed($"\"{name}\" holds a string that is not valid Unicode (an unpaired surrogate).");

    // GetString throws for a high surrogate escape without its low one, but returns a lone low surrogate as is.
    private static bool TryGetString(JsonElement value, out string? text)
    {
        try
        {
            text = value.GetString();
        }
        catch (InvalidOperationException)
        {
            text = null;
            return false;
        }

        return IsValidUtf16(text);
    }

    private static bool IsValidUtf16(ReadOnlySpan<char> text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    // Recursion is bounded by DocumentOptions.MaxDepth.
    private static bool AllStringsReadable(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return TryGetString(value, out _);
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    if (!AllStringsReadable(item))
                    {
                        return false;
                    }
                }

                return true;
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    if (!IsReadableName(property) || !AllStringsReadable(property.Value))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return true;
        }
    }

    private static bool IsReadableName(JsonProperty property)
    {
        try
        {
            return IsValidUtf16(property.Name);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
