using System.Globalization;
using CareerPaths.Api.Seeding.Reading;

namespace CareerPaths.Api.Seeding.DemoPeople;

/// <summary>
/// <c>CareerPaths.Api generate-people [--count N] [--seed S] [--reference-date YYYY-MM-DD] [--seed-data DIR] [--out FILE]</c>:
/// writes demo people for the catalogue in DIR (default: the nearest seed-data/) to FILE (default: standard output).
/// Runs instead of the web host; the defaults reproduce the committed seed-data/people.json.
/// </summary>
public static class DemoPeopleCommand
{
    public const string Name = "generate-people";

    public static bool IsInvokedBy(string[] args) => args.Length > 0 && args[0] == Name;

    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        try
        {
            var options = ParseOptions(args.Skip(1).ToList());
            var directory = SeedDataDirectory.Resolve(options.GetValueOrDefault("--seed-data"), Directory.GetCurrentDirectory());
            var settings = new DemoPeopleSettings(
                options.TryGetValue("--seed", out var seed) ? ulong.Parse(seed, CultureInfo.InvariantCulture) : DemoPeopleSettings.Default.Seed,
                options.TryGetValue("--count", out var count) ? int.Parse(count, CultureInfo.InvariantCulture) : DemoPeopleSettings.Default.Count,
                options.TryGetValue("--reference-date", out var date)
                    ? DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : DemoPeopleSettings.Default.ReferenceDate);
            if (settings.Count < 1)
            {
                throw new FormatException("--count must be at least 1.");
            }
            var people = DemoPeopleGenerator.Generate(SeedCatalogueReader.Read(directory, withPeople: false), settings);
            if (options.TryGetValue("--out", out var path) && path != "-")
            {
                using var file = File.Create(path);
                var written = PeopleFile.Write(file, people);
                errors.WriteLine($"{written} people written to {path}");
            }
            else
            {
                output.Write(PeopleFile.ToText(people));
            }
            return 0;
        }
        catch (Exception exception) when (exception is FormatException or OverflowException or SeedDataException or IOException)
        {
            errors.WriteLine($"{Name}: {exception.Message}");
            return 2;
        }
    }

    private static Dictionary<string, string> ParseOptions(List<string> args)
    {
        string[] known = ["--count", "--seed", "--reference-date", "--seed-data", "--out"];
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (!known.Contains(args[i]))
            {
                throw new FormatException($"unknown option '{args[i]}'; known: {string.Join(", ", known)}.");
            }
            options[args[i]] = i + 1 < args.Count ? args[i + 1] : throw new FormatException($"{args[i]} needs a value.");
        }
        return options;
    }
}
