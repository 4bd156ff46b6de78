using System.Diagnostics;
using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Tests.Language;

/// <summary>
/// What must hold for any input at all: the parser returns a document or throws <see cref="SyntaxError"/>, never
/// anything else and never hangs; and a document it returns prints to text that parses back to the same print.
/// </summary>
internal static class ParserRobustness
{
    public static void ParsesOrThrowsSyntaxErrorAndRoundTrips(string source)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(source);
        }
        catch (SyntaxError)
        {
            return;
        }

        var printed = Printer.Print(document);
        var reprinted = Printer.Print(Parser.Parse(printed));
        if (reprinted != printed)
        {
            throw new InvalidOperationException("Reprinting changed the document:\n" + printed + "\n---\n" + reprinted);
        }
    }

    /// <summary>
    /// Runs <paramref name="check"/> on every input on a worker thread, watched by a deadline per input, and reports the
    /// first input that threw or overran. A hung worker is abandoned (it is a background thread) so the test still ends.
    /// </summary>
    public static void CheckAll(IEnumerable<string> inputs, Action<string> check, TimeSpan perInput)
    {
        string? current = null;
        long startedAt = 0;
        var count = 0;
        Exception? failure = null;
        string? failedInput = null;
        var worker = new Thread(() =>
        {
            foreach (var input in inputs)
            {
                Volatile.Write(ref current, input);
                Volatile.Write(ref startedAt, Stopwatch.GetTimestamp());
                try
                {
                    check(input);
                }
                catch (Exception e)
                {
                    (failure, failedInput) = (e, input);
                    return;
                }

                count++;
            }
        }) { IsBackground = true };
        worker.Start();
        while (!worker.Join(50))
        {
            var elapsed = Stopwatch.GetElapsedTime(Volatile.Read(ref startedAt));
            if (elapsed > perInput)
            {
                Assert.Fail($"No answer within {perInput.TotalSeconds} s for input {Show(Volatile.Read(ref current))}");
            }
        }

        if (failure is not null)
        {
            Assert.Fail($"Input {Show(failedInput)} threw {failure.GetType().Name}: {failure.Message}\n{failure.StackTrace}");
        }

        Assert.True(count > 0, "no inputs were checked");
    }

    private static string Show(string? input) =>
        input is null ? "(none)" : System.Text.Json.JsonSerializer.Serialize(input.Length > 500 ? input[..500] + "…" : input);
}
