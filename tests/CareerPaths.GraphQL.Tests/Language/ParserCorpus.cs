using System.Text.Json;

namespace CareerPaths.GraphQL.Tests.Language;

/// <summary>
/// The parser corpus in tests/conformance/cases/parser, and what graphql-js 17.0.2 printed for each file
/// (Corpus/graphql-js-prints.json, recorded from <c>print(parse(source))</c>): an oracle that needs no Node at test time.
/// </summary>
internal static class ParserCorpus
{
    private static readonly Lazy<string> Root = new(FindRepositoryRoot);

    public static string Directory => Path.Combine(Root.Value, "tests", "conformance", "cases", "parser");

    public static IReadOnlyList<string> FileNames()
    {
        var names = System.IO.Directory.GetFiles(Directory, "*.graphql").Select(Path.GetFileName).ToList();
        names.Sort(StringComparer.Ordinal);
        return names!;
    }

    public static string Read(string fileName) => File.ReadAllText(Path.Combine(Directory, fileName));

    public static IReadOnlyDictionary<string, string> GraphQLJsPrints()
    {
        var path = Path.Combine(Root.Value, "tests", "CareerPaths.GraphQL.Tests", "Language", "Corpus", "graphql-js-prints.json");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(path))!;
    }

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CareerPaths.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("CareerPaths.sln not found above " + AppContext.BaseDirectory);
    }
}
