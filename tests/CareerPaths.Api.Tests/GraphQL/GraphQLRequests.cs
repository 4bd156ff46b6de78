using System.Text.Json;
using CareerPaths.Api.Identity.LocalIssuer;
using CareerPaths.Api.Tests.Infrastructure;

namespace CareerPaths.Api.Tests.GraphQL;

/// <summary>
/// Runs GraphQL requests through the endpoint as a signed-in persona (employee A unless told otherwise) and
/// hands back the response body. Every request costs the viewer's employee lookup as well (one SQL command).
/// </summary>
public static class GraphQLRequests
{
    public static async Task<JsonElement> GraphQLAsync(
        this CareerPathsApiFactory api, string query, object? variables = null, string persona = PersonaPicker.Employee) =>
        (await api.PostGraphQLAsync(query, variables, persona)).Body;

    /// <summary>The response's data, after checking that it has no errors (they are shown when it does).</summary>
    public static async Task<JsonElement> DataAsync(
        this CareerPathsApiFactory api, string query, object? variables = null, string persona = PersonaPicker.Employee)
    {
        var response = await api.GraphQLAsync(query, variables, persona);
        if (response.TryGetProperty("errors", out var errors))
        {
            Assert.Fail($"The query failed: {errors.GetRawText()}");
        }

        return response.GetProperty("data");
    }

    /// <summary>The only error of a response.</summary>
    public static JsonElement SingleError(this JsonElement response) =>
        Assert.Single(response.GetProperty("errors").EnumerateArray());
}
