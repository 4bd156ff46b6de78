using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CareerPaths.GraphQL.Tests.Http;

/// <summary>Builds requests to the endpoint and reads its answers, so that each test reads as its HTTP exchange.</summary>
internal static class GraphQLHttp
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>A POST of <paramref name="body"/> as is (null: no body); null headers are left out.</summary>
    public static HttpRequestMessage Post(string? body, string? accept = GraphQLResponseJson, string? contentType = Json) =>
        Post(body is null ? null : Encoding.UTF8.GetBytes(body), accept, contentType);

    public static HttpRequestMessage Post(byte[]? body, string? accept = GraphQLResponseJson, string? contentType = Json)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql");
        if (body is not null)
        {
            request.Content = new ByteArrayContent(body);
            if (contentType is not null)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
            }
        }
        else if (contentType is not null)
        {
            request.Content = new ByteArrayContent([]);
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    /// <summary>A POST of <paramref name="payload"/> serialised as JSON (anonymous objects keep their property order).</summary>
    public static HttpRequestMessage PostJson(object payload, string? accept = GraphQLResponseJson) =>
        Post(JsonSerializer.Serialize(payload), accept);

    /// <summary>A GET with these query-string parameters, URL-encoded.</summary>
    public static HttpRequestMessage Get(IEnumerable<(string Name, string Value)> parameters, string? accept = GraphQLResponseJson)
    {
        var query = string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Name)}={Uri.EscapeDataString(p.Value)}"));
        var request = new HttpRequestMessage(HttpMethod.Get, query.Length == 0 ? "/graphql" : $"/graphql?{query}");
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        return request;
    }

    public static HttpRequestMessage Get(string query, string? accept = GraphQLResponseJson) => Get([("query", query)], accept);

    public static async Task<Answer> ExchangeAsync(this HttpClient client, HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            return new Answer((int)response.StatusCode, response.Content.Headers.ContentType?.ToString(), body,
                response.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase),
                response.Content.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase));
        }
    }
}

/// <summary>One response: status, content type, raw body and headers, with the GraphQL body's parts.</summary>
internal sealed record Answer(
    int Status, string? ContentType, byte[] Body, IReadOnlyDictionary<string, string> Headers, IReadOnlyDictionary<string, string> ContentHeaders)
{
    public string Text => Encoding.UTF8.GetString(Body);

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public bool HasData => Json.TryGetProperty("data", out _);

    public bool HasErrors => Json.TryGetProperty("errors", out _);

    public JsonElement Data => Json.GetProperty("data");

    public JsonElement FirstError => Json.GetProperty("errors")[0];

    public string? FirstErrorCode => FirstError.TryGetProperty("extensions", out var extensions) &&
        extensions.TryGetProperty("code", out var code) ? code.GetString() : null;

    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value
        : ContentHeaders.TryGetValue(name, out value) ? value : null;

    public override string ToString() => $"{Status} {ContentType}: {Text}";
}
