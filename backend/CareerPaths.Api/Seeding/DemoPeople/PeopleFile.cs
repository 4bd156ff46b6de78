using System.Text.Json;
using CareerPaths.Api.Seeding.Catalogue;
using CareerPaths.Api.Seeding.Reading;

namespace CareerPaths.Api.Seeding.DemoPeople;

/// <summary>Writes people in the <c>people.json</c> format: 2-space indent, "\n" line ends, a final newline; returns how many.</summary>
public static class PeopleFile
{
    private const int FlushThreshold = 1 << 16;

    public static int Write(Stream output, IEnumerable<PersonSeed> people)
    {
        var options = SeedJsonOptions.Default;
        var written = 0;
        using (var writer = new Utf8JsonWriter(output, new JsonWriterOptions
               {
                   Indented = true, IndentSize = 2, NewLine = "\n", Encoder = options.Encoder, SkipValidation = false,
               }))
        {
            writer.WriteStartObject();
            writer.WriteString("$schema", SeedFile.People.SchemaReference);
            writer.WritePropertyName(SeedFile.People.CollectionProperty);
            writer.WriteStartArray();
            foreach (var person in people)
            {
                written++;
                JsonSerializer.Serialize(writer, person, options);
                // Streams as it goes: 100,000 people are a few hundred megabytes of JSON.
                if (writer.BytesPending > FlushThreshold)
                {
                    writer.Flush();
                }
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        output.WriteByte((byte)'\n');
        return written;
    }

    public static string ToText(IEnumerable<PersonSeed> people)
    {
        using var buffer = new MemoryStream();
        Write(buffer, people);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
