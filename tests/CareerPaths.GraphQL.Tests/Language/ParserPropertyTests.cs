using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace CareerPaths.GraphQL.Tests.Language;

public class ParserPropertyTests
{
    private static readonly TimeSpan PerInput = TimeSpan.FromSeconds(5);

    // Characters that mean something to the lexer or parser, plus one letter and one digit.
    private const string Alphabet = "{}()[]:$@!=|&.\"a1\n#\\-";

    // Tokens and fragments of tokens that the grammar cares about.
    private static readonly string[] Atoms =
    [
        "{", "}", "(", ")", "[", "]", ":", "$", "@", "!", "=", "|", "&", "...", ".", "\"", "\"\"\"", "\\", "\\\"\"\"",
        "a", "b", "on", "query", "mutation", "subscription", "fragment", "type", "interface", "union", "enum", "input",
        "scalar", "schema", "directive", "extend", "implements", "repeatable", "FIELD", "QUERY", "true", "null", "1",
        "-", "0", "1.5", "e", "E", "+", ".5", " ", "\n", "\r", "\r\n", "\t", ",", "#", "\"x\"", "\\u0041", "\\u{1F600}",
        "\\uD83D", "\\uDE00", "\\n", "é", "😀", "\uD800", "\uFEFF", "\u00A0", "'", "\"\"\"\n  x\n  \"\"\"",
    ];

    /// <summary>Every string of up to <paramref name="length"/> items over <paramref name="items"/>.</summary>
    private static IEnumerable<string> AllStrings(IReadOnlyList<string> items, int length, string separator)
    {
        var indices = new int[length];
        for (var size = 1; size <= length; size++)
        {
            Array.Clear(indices);
            while (true)
            {
                var builder = new StringBuilder();
                for (var i = 0; i < size; i++)
                {
                    builder.Append(i == 0 ? string.Empty : separator).Append(items[indices[i]]);
                }

                yield return builder.ToString();
                var position = size - 1;
                while (position >= 0 && ++indices[position] == items.Count)
                {
                    indices[position--] = 0;
                }

                if (position < 0)
                {
                    break;
                }
            }
        }
    }

    [Fact]
    public void EveryStringOfUpToFourSignificantCharactersParsesOrIsASyntaxError()
    {
        var characters = Alphabet.Select(c => c.ToString()).ToArray();
        ParserRobustness.CheckAll(AllStrings(characters, 4, string.Empty), ParserRobustness.ParsesOrThrowsSyntaxErrorAndRoundTrips, PerInput);
    }

    [Fact]
    public void EverySequenceOfUpToThreeTokensParsesOrIsASyntaxError() =>
        ParserRobustness.CheckAll(AllStrings(Atoms, 3, " "), ParserRobustness.ParsesOrThrowsSyntaxErrorAndRoundTrips, PerInput);

    [Fact]
    public void RandomTokenSoupFromAFixedSeedParsesOrIsASyntaxError()
    {
        var soup = Gen.ArrayOf(Gen.Elements(Atoms)).Select(string.Concat);
        var inputs = Gen.Sample(soup, 20_000, new Rnd(20250901UL), 60);
        ParserRobustness.CheckAll(inputs, ParserRobustness.ParsesOrThrowsSyntaxErrorAndRoundTrips, PerInput);
    }

    [Fact]
    public void RandomEditsOfCorpusDocumentsParseOrAreSyntaxErrors()
    {
        var corpus = ParserCorpus.FileNames().Select(ParserCorpus.Read).ToArray();
        var edits = Gen.ArrayOf(Gen.Choose(0, 1_000_000), 10);
        var inputs = Gen.Sample(edits, 10_000, new Rnd(42UL), 10).Select(random => Mutate(corpus, random));
        ParserRobustness.CheckAll(inputs, ParserRobustness.ParsesOrThrowsSyntaxErrorAndRoundTrips, PerInput);
    }

    /// <summary>Deletes, inserts or copies text at up to three places of a corpus document, as chosen by <paramref name="random"/>.</summary>
    private static string Mutate(string[] corpus, int[] random)
    {
        var text = corpus[random[0] % corpus.Length];
        var editCount = 1 + (random[1] % 3);
        for (var edit = 0; edit < editCount; edit++)
        {
            var r = random[2 + (edit * 2)];
            var position = random[3 + (edit * 2)] % (text.Length + 1);
            text = (r % 3) switch
            {
                0 => text.Remove(position, Math.Min(1 + (r % 4), text.Length - position)),
                1 => text.Insert(position, Atoms[r % Atoms.Length]),
                _ => text.Insert(position, text.Substring(r % (text.Length + 1), Math.Min(6, text.Length - (r % (text.Length + 1))))),
            };
        }

        return text;
    }
}
