using System.Buffers;
using System.Collections;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CareerPaths.GraphQL.Errors;

namespace CareerPaths.GraphQL.Execution;

/// <summary>
/// Writes a response (spec §7.1) straight to UTF-8: <c>errors</c> first when present (as graphql-js and the
/// spec's recommendation), then <c>data</c> when the result has a data entry, then <c>extensions</c>. Field
/// order is the selection order. One <see cref="Utf8JsonWriter"/> per thread is reused.
/// </summary>
public static class ExecutionResultWriter
{
    /// <summary>Non-ASCII text is written as is (as JSON.stringify does); JSON's own escapes still apply.</summary>
    internal static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = Encoder,
        SkipValidation = true,
    };

    [ThreadStatic]
    private static Utf8JsonWriter? _cachedWriter;

    public static void Write(ExecutionResult result, IBufferWriter<byte> output)
    {
        var writer = _cachedWriter;
        _cachedWriter = null;
        if (writer is null)
        {
            writer = new Utf8JsonWriter(output, WriterOptions);
        }
        else
        {
            writer.Reset(output);
        }

        try
        {
            Write(result, writer);
            writer.Flush();
        }
        finally
        {
            writer.Reset();
            _cachedWriter = writer;
        }
    }

    /// <summary>The response as a JSON string (tests, logs).</summary>
    public static string ToJson(ExecutionResult result)
    {
        using var buffer = new PooledBufferWriter();
        Write(result, buffer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static void Write(ExecutionResult result, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (result.Errors.Count > 0)
        {
            writer.WritePropertyName("errors"u8);
            WriteErrors(result.Errors, writer);
        }

        if (result.HasData)
        {
            writer.WritePropertyName("data"u8);
            WriteValue(result.Data, writer);
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions"u8);
            WriteValue(extensions, writer);
        }

        writer.WriteEndObject();
    }

    public static void WriteErrors(IReadOnlyList<GraphQLError> errors, Utf8JsonWriter writer)
    {
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            writer.WriteStartObject();
            writer.WriteString("message"u8, error.Message);
            if (error.Locations is { Count: > 0 } locations)
            {
                writer.WriteStartArray("locations"u8);
                foreach (var location in locations)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("line"u8, location.Line);
                    writer.WriteNumber("column"u8, location.Column);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            if (error.Path is { } path)
            {
                writer.WriteStartArray("path"u8);
                foreach (var step in path)
                {
                    if (step is int index)
                    {
                        writer.WriteNumberValue(index);
                    }
                    else
                    {
                        writer.WriteStringValue((string)step);
                    }
                }

                writer.WriteEndArray();
            }

            if (error.Extensions is { Count: > 0 } extensions)
            {
                writer.WritePropertyName("extensions"u8);
                WriteValue(extensions, writer);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes a completed value: null, a leaf, a result object or list, JSON, or plain .NET data.</summary>
    public static void WriteValue(object? value, Utf8JsonWriter writer)
    {
        switch (value)
        {
            case null:
                writer.WriteNullValue();
                return;
            case string text:
                writer.WriteStringValue(text);
                return;
            case ResultMap map:
                writer.WriteStartObject();
                for (var i = 0; i < map.Count; i++)
                {
                    writer.WritePropertyName(map.FieldAt(i).EncodedKey);
                    WriteValue(map.ValueAt(i), writer);
                }

                writer.WriteEndObject();
                return;
            case ResultList list:
                writer.WriteStartArray();
                for (var i = 0; i < list.Count; i++)
                {
                    WriteValue(list[i], writer);
                }

                writer.WriteEndArray();
                return;
            case int number:
                writer.WriteNumberValue(number);
                return;
            case bool flag:
                writer.WriteBooleanValue(flag);
                return;
            case double number:
                writer.WriteNumberValue(number);
                return;
            case JsonElement json:
                json.WriteTo(writer);
                return;
            default:
                WriteOther(value, writer);
                return;
        }
    }

    private static void WriteOther(object value, Utf8JsonWriter writer)
    {
        switch (value)
        {
            case long number:
                writer.WriteNumberValue(number);
                return;
            case float number:
                writer.WriteNumberValue(number);
                return;
            case decimal number:
                writer.WriteNumberValue(number);
                return;
            case IEnumerable<KeyValuePair<string, object?>> pairs:
                writer.WriteStartObject();
                foreach (var (key, item) in pairs)
                {
                    writer.WritePropertyName(key);
                    WriteValue(item, writer);
                }

                writer.WriteEndObject();
                return;
            case IEnumerable items and not string:
                writer.WriteStartArray();
                foreach (var item in items)
                {
                    WriteValue(item, writer);
                }

                writer.WriteEndArray();
                return;
            default:
                JsonSerializer.Serialize(writer, value, value.GetType());
                return;
        }
    }
}
