using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace CareerPaths.GraphQL.Http;

/// <summary>
/// Reads the parameters of a GET request from its query string (spec "GET"): <c>query</c>, <c>operationName</c>
/// and <c>documentId</c> as text, <c>variables</c> and <c>extensions</c> as URL-encoded JSON objects. A parameter
/// given twice is refused rather than guessed at.
/// </summary>
internal static class QueryStringReader
{
    public static RequestProblem? Read(IQueryCollection query, out ReadRequest? request)
    {
        request = null;
        var parameters = new GraphQLHttpParameters();
        var owned = new JsonDocuments();
        var problem = ReadParameters(query, parameters, owned);
        if (problem is not null)
        {
            owned.Dispose();
            return problem;
        }

        request = new ReadRequest(parameters, owned);
        return null;
    }

    private static RequestProblem? ReadParameters(IQueryCollection query, GraphQLHttpParameters parameters, JsonDocuments owned)
    {
        if (ReadText(query, "query", out var text) is { } problem)
        {
            return problem;
        }

        parameters.Query = text;
        if ((problem = ReadText(query, "operationName", out text)) is not null)
        {
            return problem;
        }

        parameters.OperationName = text;
        if ((problem = ReadText(query, "documentId", out text)) is not null)
        {
            return problem;
        }

        parameters.DocumentId = text;
        if ((problem = ReadJsonObject(query, "variables", owned, out var variables)) is not null)
        {
            return problem;
        }

        parameters.Variables = variables;
        if ((problem = ReadJsonObject(query, "extensions", owned, out var extensions)) is not null)
        {
            return problem;
        }

        if (extensions is { } map)
        {
            parameters.Extensions = JsonParameters.ToExtensions(map, out var hash);
            parameters.PersistedQueryHash = hash;
        }

        return null;
    }

    /// <summary>True when the query string carries a request (GraphiQL is only served to requests without one).</summary>
    public static bool HasDocument(IQueryCollection query) =>
        query.ContainsKey("query") || query.ContainsKey("documentId") || query.ContainsKey("extensions");

    private static RequestProblem? ReadText(IQueryCollection query, string name, out string? text)
    {
        text = null;
        var values = query[name];
        if (values.Count > 1)
        {
            return RequestProblem.Malformed($"\"{name}\" is given more than once.");
        }

        text = values.Count == 1 ? values[0] : null;
        return null;
    }

    private static RequestProblem? ReadJsonObject(IQueryCollection query, string name, JsonDocuments owned, out JsonElement? map)
    {
        map = null;
        var problem = ReadText(query, name, out var json);
        if (problem is not null || string.IsNullOrEmpty(json))
        {
            return problem;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, JsonParameters.DocumentOptions);
        }
        catch (JsonException exception)
        {
            return RequestProblem.Malformed($"\"{name}\" must be a URL-encoded JSON object: {exception.Message}");
        }
        catch (InvalidOperationException)
        {
            // The duplicate-key check unescapes every key, and an unpaired surrogate escape in one throws.
            return RequestProblem.Malformed($"\"{name}\" holds a property name that is not valid Unicode (an unpaired surrogate).");
        }

        owned.Add(document);
        return JsonParameters.ReadObject(document.RootElement, name, json.Contains("\\u", StringComparison.Ordinal), out map);
    }

    /// <summary>The documents parsed from the query string, released together.</summary>
    private sealed class JsonDocuments : List<JsonDocument>, IDisposable
    {
        public void Dispose()
        {
            foreach (var document in this)
            {
                document.Dispose();
            }
        }
    }
}
