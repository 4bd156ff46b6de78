using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CareerPaths.Api.Identity.LocalIssuer;
using CareerPaths.Api.Tests.Infrastructure;

namespace CareerPaths.Api.Tests.GraphQL;

/// <summary>GraphQL requests through the real endpoint: POST /graphql with a JSON body, signed in as a persona.</summary>
public static class HttpRequests
{
    public const string ResponseMediaType = "application/graphql-response+json";

    /// <summary>Posts as <paramref name="persona"/> (employee A unless told otherwise; null sends no token).</summary>
    public static async Task<(int Status, string? MediaType, JsonElement Body)> PostGraphQLAsync(
        this CareerPathsApiFactory api, string query, object? variables = null, string? persona = PersonaPicker.Employee)
    {
        using var client = await api.CreateClientAs(persona);
        return await client.PostGraphQLAsync(query, variables);
    }

    public static async Task<(int Status, string? MediaType, JsonElement Body)> PostGraphQLAsync(
        this HttpClient client, string query, object? variables = null, string? operationName = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = JsonContent.Create(new { query, variables, operationName }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(ResponseMediaType));
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement;
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }
}
