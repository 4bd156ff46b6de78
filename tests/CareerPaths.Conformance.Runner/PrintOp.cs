using System.Text.Json;
using CareerPaths.GraphQL.Language;

namespace CareerPaths.Conformance.Runner;

/// <summary><c>{"op": "print", "source"}</c> → <c>{"printed"}</c> (our printer over our parse) or <c>{"syntaxError"}</c>.</summary>
internal sealed class PrintOp : IRunnerOp
{
    public ValueTask AnswerAsync(JsonElement request, Utf8JsonWriter answer)
    {
        if (Documents.ParseOrAnswer(Documents.RequiredString(request, "source"), answer) is { } document)
        {
            answer.WriteString("printed", Printer.Print(document));
        }

        return ValueTask.CompletedTask;
    }
}
