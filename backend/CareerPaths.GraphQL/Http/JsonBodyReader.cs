using System.Text.Json;
using System.Text.Unicode;

namespace CareerPaths.GraphQL.Http;

/// <summary>
/// Reads the parameters of a POST body (spec "JSON Encoding"): a UTF-8 JSON object with <c>query</c>,
/// <c>operationName</c>, <c>variables</c>, <c>extensions</c> and <c>documentId</c>, each of the right type or
/// null. Other properties are ignored (the spec reserves them). Anything else is a 400 with a reason.
/// </summary>
internal static class JsonBodyReader
{
    /// <param name="body">The body; it must stay unchanged until the returned request is disposed.</param>
    /// <param name="request">The parameters, owning the parsed JSON; null when there is a problem.</param>
    public static RequestProblem? Read(ReadOnlyMemory<byte> body, out ReadRequest? request)
    {
        request = null;
        if (body.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return RequestProblem.Malformed("The request body is empty: send a JSON object with a \"query\".");
        }

        // JsonDocument accepts invalid UTF-8 inside strings and only fails when one is read; refuse it here.
        if (!Utf8.IsValid(body.Span))
        {
            return RequestProblem.Malformed("The request body is not valid UTF-8.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, JsonParameters.DocumentOptions);
        }
        catch (JsonException exception)
        {
            return RequestProblem.Malformed($"The request body is not valid JSON: {exception.Message}");
        }
        catch (InvalidOperationException)
        {
            // The duplicate-key check unescapes every key, and an unpaired surrogate escape in one throws.
            return RequestProblem.Malformed("The request body holds a property name that is not valid Unicode (an unpaired surrogate).");
        }

        var problem = ReadObject(document.RootElement, body.Span.IndexOf("\\u"u8) >= 0, out var parameters);
        if (problem is not null)
        {
            document.Dispose();
            return problem;
        }

        request = new ReadRequest(parameters, document);
        return null;
    }

    private static RequestProblem? ReadObject(JsonElement root, bool mayHaveEscapes, out GraphQLHttpParameters parameters)
    {
        parameters = new GraphQLHttpParameters();
        if (root.ValueKind != JsonValueKind.Object)
        {
            return RequestProblem.Malformed(root.ValueKind == JsonValueKind.Array
                ? "Batched requests (a JSON array) are not supported: send one request object."
                : $"The request body must be a JSON object, not {JsonParameters.Describe(root.ValueKind)}.");
        }

        foreach (var property in root.EnumerateObject())
        {
            if (ReadProperty(property, mayHaveEscapes, parameters) is { } problem)
            {
                return problem;
            }
        }

        return null;
    }

    // NameEquals compares without unescaping, so an odd key can neither throw nor allocate.
    private static RequestProblem? ReadProperty(JsonProperty property, bool mayHaveEscapes, GraphQLHttpParameters parameters)
    {
        RequestProblem? problem = null;
        if (property.NameEquals("query"u8))
        {
            problem = JsonParameters.ReadString(property.Value, "query", out var query);
            parameters.Query = query;
        }
        else if (property.NameEquals("operationName"u8))
        {
            problem = JsonParameters.ReadString(property.Value, "operationName", out var operationName);
            parameters.OperationName = operationName;
        }
        else if (property.NameEquals("documentId"u8))
        {
            problem = JsonParameters.ReadString(property.Value, "documentId", out var documentId);
            parameters.DocumentId = documentId;
        }
        else if (property.NameEquals("variables"u8))
        {
            problem = ReadVariables(property.Value, mayHaveEscapes, parameters);
        }
        else if (property.NameEquals("extensions"u8))
        {
            problem = ReadExtensions(property.Value, mayHaveEscapes, parameters);
        }

        return problem;
    }

    private static RequestProblem? ReadVariables(JsonElement value, bool mayHaveEscapes, GraphQLHttpParameters parameters)
    {
        var problem = JsonParameters.ReadObject(value, "variables", mayHaveEscapes, out var variables);
        parameters.Variables = variables;
        return problem;
    }

    private static RequestProblem? ReadExtensions(JsonElement value, bool mayHaveEscapes, GraphQLHttpParameters parameters)
    {
        var problem = JsonParameters.ReadObject(value, "extensions", mayHaveEscapes, out var extensions);
        if (extensions is { } map)
        {
            parameters.Extensions = JsonParameters.ToExtensions(map, out var hash);
            parameters.PersistedQueryHash = hash;
        }

        return problem;
    }
}
