using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace CareerPaths.Conformance.Runner;

/// <summary>
/// The protocol's framing: one UTF-8 JSON request per stdin line, exactly one JSON answer line per request on
/// stdout, in order, flushed. A request that throws is answered <c>{"id", "crash"}</c> and the loop goes on.
/// </summary>
internal sealed class ProtocolLoop(IReadOnlyDictionary<string, IRunnerOp> ops)
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly byte[] NewLine = "\n"u8.ToArray();

    public async Task RunAsync(Stream input, Stream output)
    {
        using var reader = new StreamReader(input, new UTF8Encoding(false));
        var buffer = new ArrayBufferWriter<byte>();
        while (await reader.ReadLineAsync() is { } line)
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            buffer.ResetWrittenCount();
            await AnswerAsync(line, buffer);
            await output.WriteAsync(buffer.WrittenMemory);
            await output.WriteAsync(NewLine);
            await output.FlushAsync();
        }
    }

    private async Task AnswerAsync(string line, ArrayBufferWriter<byte> buffer)
    {
        string? id = null;
        try
        {
            using var request = JsonDocument.Parse(line);
            var root = request.RootElement;
            id = root.GetProperty("id").GetString();
            var op = root.TryGetProperty("op", out var opValue) ? opValue.GetString() : null;
            if (op is null || !ops.TryGetValue(op, out var handler))
            {
                throw new NotSupportedException($"unknown op \"{op}\"");
            }

            await using var writer = new Utf8JsonWriter(buffer, WriterOptions);
            writer.WriteStartObject();
            writer.WriteString("id", id);
            await handler.AnswerAsync(root, writer);
            writer.WriteEndObject();
        }
#pragma warning disable CA1031 // The protocol turns any failure of one request into a crash answer for it.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            buffer.ResetWrittenCount();
            await Console.Error.WriteLineAsync($"crash on {id}: {exception}");
            await using var writer = new Utf8JsonWriter(buffer, WriterOptions);
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("crash", exception.ToString());
            writer.WriteEndObject();
        }
    }
}
