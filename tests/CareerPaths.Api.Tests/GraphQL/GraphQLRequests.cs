using System.Text.Json;
using CareerPaths.GraphQL.Execution;
using CareerPaths.GraphQL.Types;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPaths.Api.Tests.GraphQL;

/// <summary>
/// Runs GraphQL requests against the API's own Schema and GraphQLExecutor from its DI container, in a request
/// scope, as the HTTP endpoint will (until it lands, the tests go through the executor directly).
/// </summary>
public static class GraphQLRequests
{
    public static async Task<JsonElement> GraphQLAsync(this WebApplicationFactory<Program> api, string query, object? variables = null)
    {
        var executor = api.Services.GetRequiredService<GraphQLExecutor>();
        await using var scope = api.Services.CreateAsyncScope();
        var result = await executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = api.Services.GetRequiredService<Schema>(),
            Query = query,
            Variables = variables is null ? null : JsonSerializer.SerializeToElement(variables),
            Services = scope.ServiceProvider,
        });
        return JsonDocument.Parse(ExecutionResultWriter.ToJson(result)).RootElement;
    }

    /// <summary>The response's data, after checking that it has no errors (they are shown when it does).</summary>
    public static async Task<JsonElement> DataAsync(this WebApplicationFactory<Program> api, string query, object? variables = null)
    {
        var response = await api.GraphQLAsync(query, variables);
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
