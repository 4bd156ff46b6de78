using System.Text.Json;
using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.Conformance.Runner;

/// <summary>Parsing and error output shared by the ops.</summary>
internal static class Documents
{
    // graphql-js parses without a token limit; the corpus must not trip ours.
    private static readonly ParserOptions Options = ParserOptions.Trusted;

    /// <summary>Parses, or writes <c>syntaxError</c> to the answer and returns null.</summary>
    public static DocumentNode? ParseOrAnswer(string source, Utf8JsonWriter answer)
    {
        try
        {
            return Parser.Parse(source, Options);
        }
        catch (SyntaxError error)
        {
            answer.WritePropertyName("syntaxError");
            WriteError(answer, error.Message, [new ErrorLocation(error.Line, error.Column)]);
            return null;
        }
    }

    /// <summary>Writes <c>"name": [{message, locations}, …]</c>.</summary>
    public static void WriteErrors(Utf8JsonWriter answer, string name, IReadOnlyList<GraphQLError> errors)
    {
        answer.WriteStartArray(name);
        foreach (var error in errors)
        {
            WriteError(answer, error.Message, error.Locations ?? []);
        }

        answer.WriteEndArray();
    }

    public static string RequiredString(JsonElement request, string name) =>
        request.GetProperty(name).GetString() ?? throw new InvalidOperationException($"\"{name}\" is null");

    private static void WriteError(Utf8JsonWriter answer, string message, IReadOnlyList<ErrorLocation> locations)
    {
        answer.WriteStartObject();
        answer.WriteString("message", message);
        answer.WriteStartArray("locations");
        foreach (var location in locations)
        {
            answer.WriteStartObject();
            answer.WriteNumber("line", location.Line);
            answer.WriteNumber("column", location.Column);
            answer.WriteEndObject();
        }

        answer.WriteEndArray();
        answer.WriteEndObject();
    }
}
