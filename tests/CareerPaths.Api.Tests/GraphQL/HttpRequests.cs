using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CareerPaths.Api.Tests.GraphQL;

/// <summary>GraphQL requests through the real endpoint: POST /graphql with a JSON body.</summary>
public static class HttpRequests
{
    public const string ResponseMediaType = "application/graphql-response+json";

    public static async Task<(int Status, string? MediaType, JsonElement Body)> PostGraphQLAsync(
        this WebApplicationFactory<Program> api, string query, object? variables = null)
    {
        using var client = api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/graphql", UriKind.Relative))
        {
            Content = JsonContent.Create(new { query, variables }),
        };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(ResponseMediaType));
        using var response = await client.SendAsync(request);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, body);
    }
}
