using System.Text.Json;
using CareerPaths.GraphQL.Execution;
using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Tests.Execution;

/// <summary>Runs a query through the executor and gives the response as compact JSON text, for exact comparisons.</summary>
internal static class ExecutionHarness
{
    public static async Task<ExecutionResult> RunAsync(
        Schema schema, string query, object? root = null, string? variablesJson = null, ExecutionOptions? options = null,
        string? operationName = null, System.Security.Claims.ClaimsPrincipal? user = null, IServiceProvider? services = null,
        CancellationToken cancellationToken = default)
    {
        var executor = new GraphQLExecutor(options);
        return await executor.ExecuteAsync(
            new ExecutionRequest
            {
                Schema = schema,
                Document = Parser.Parse(query),
                RootValue = root,
                Variables = variablesJson is null ? null : JsonDocument.Parse(variablesJson).RootElement,
                OperationName = operationName,
                User = user,
                Services = services,
            },
            cancellationToken);
    }

    public static async Task<string> JsonAsync(Schema schema, string query, object? root = null, string? variablesJson = null, ExecutionOptions? options = null, string? operationName = null) =>
        ExecutionResultWriter.ToJson(await RunAsync(schema, query, root, variablesJson, options, operationName));

    /// <summary>A JSON root value from relaxed text (single quotes allowed for readability).</summary>
    public static JsonElement Json(string text) => JsonDocument.Parse(text.Replace('\'', '"')).RootElement;

    /// <summary>The response without error messages and extensions: data plus each error's locations and path.</summary>
    public static async Task<string> ShapeAsync(Schema schema, string query, object? root = null, string? variablesJson = null)
    {
        var result = await RunAsync(schema, query, root, variablesJson);
        var errors = string.Join(",", result.Errors.Select(e =>
            "{" + string.Join(",", e.Locations?.Select(l => $"{l.Line}:{l.Column}") ?? []) + "|" + string.Join(".", e.Path ?? []) + "}"));
        var data = result.HasData ? JsonSerializer.Serialize(JsonDocument.Parse(ExecutionResultWriter.ToJson(result)).RootElement.GetProperty("data")) : "absent";
        return $"{data} errors[{errors}]";
    }
}
