using System.Text.Json;
using CareerPaths.GraphQL.Execution;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.Conformance.Runner;

/// <summary>
/// <c>{"op": "execute", "sdl", "query", "variables"?, "operationName"?, "rootValue"}</c> → <c>{"result"}</c>,
/// <c>{"syntaxError"}</c> or <c>{"validationErrors"}</c>. Parse and validate as <see cref="ValidateOp"/>, then
/// execute with every object field resolved by the <see cref="ConventionResolver"/> (resolver messages exposed,
/// so <c>$error</c> texts flow through as graphql-js shows them).
/// </summary>
internal sealed class ExecuteOp(SchemaCache schemas) : IRunnerOp
{
    private static readonly FieldResolver Convention = FieldResolver.FromAsync(ConventionResolver.Resolve);
    private static readonly JsonElement EmptyObject = JsonDocument.Parse("{}").RootElement.Clone();
    private readonly Dictionary<string, Schema> _executable = new(StringComparer.Ordinal);
    private readonly GraphQLExecutor _executor = new(new ExecutionOptions { ExposeExceptionMessages = true });

    public async ValueTask AnswerAsync(JsonElement request, Utf8JsonWriter answer)
    {
        var schema = ExecutableSchema(Documents.RequiredString(request, "sdl"));
        if (Documents.ParseOrAnswer(Documents.RequiredString(request, "query"), answer) is not { } document)
        {
            return;
        }

        var validationErrors = ValidateOp.Validate(schema, document);
        if (validationErrors.Count > 0)
        {
            Documents.WriteErrors(answer, "validationErrors", validationErrors);
            return;
        }

        var result = await _executor.ExecuteAsync(new ExecutionRequest
        {
            Schema = schema,
            Document = document,
            Variables = Optional(request, "variables"),
            OperationName = Optional(request, "operationName")?.GetString(),
            RootValue = Optional(request, "rootValue") ?? EmptyObject,
        });

        answer.WritePropertyName("result");
        ExecutionResultWriter.Write(result, answer);
    }

    private static JsonElement? Optional(JsonElement request, string name) =>
        request.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    // The SDL-first schema again, with the convention resolver on every object field (graphql-js's fieldResolver).
    private Schema ExecutableSchema(string sdl)
    {
        if (_executable.TryGetValue(sdl, out var schema))
        {
            return schema;
        }

        var plain = schemas.Get(sdl);
        schema = SchemaBuilder.FromSdl(sdl, builder =>
        {
            foreach (var type in plain.Types)
            {
                if (type is ObjectType objectType && !objectType.IsIntrospectionType)
                {
                    foreach (var field in objectType.Fields)
                    {
                        builder.Resolve(field.Coordinate, Convention);
                    }
                }
            }
        });
        _executable[sdl] = schema;
        return schema;
    }
}
