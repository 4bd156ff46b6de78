using System.Text.Json;
using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types;
using CareerPaths.GraphQL.Validation;

namespace CareerPaths.Conformance.Runner;

/// <summary><c>{"op": "validate", "sdl", "query"}</c> → <c>{"errors": […]}</c> or <c>{"syntaxError"}</c>.</summary>
internal sealed class ValidateOp(SchemaCache schemas) : IRunnerOp
{
    // The spec rules only, as the reference runs graphql-js; suggestions on, as graphql-js's messages have them.
    public static readonly ValidationOptions Options = new() { IncludeSuggestions = true };

    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document) =>
        DocumentValidator.Validate(schema, document, Options);

    public ValueTask AnswerAsync(JsonElement request, Utf8JsonWriter answer)
    {
        var schema = schemas.Get(Documents.RequiredString(request, "sdl"));
        if (Documents.ParseOrAnswer(Documents.RequiredString(request, "query"), answer) is { } document)
        {
            Documents.WriteErrors(answer, "errors", Validate(schema, document));
        }

        return ValueTask.CompletedTask;
    }
}
