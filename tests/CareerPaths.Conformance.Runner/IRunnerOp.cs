using System.Text.Json;

namespace CareerPaths.Conformance.Runner;

/// <summary>One op of the protocol: reads its request, writes its answer's fields (the loop writes the id).</summary>
internal interface IRunnerOp
{
    /// <summary>Writes the answer's fields after <c>id</c>; may await (execution is asynchronous).</summary>
    ValueTask AnswerAsync(JsonElement request, Utf8JsonWriter answer);
}
