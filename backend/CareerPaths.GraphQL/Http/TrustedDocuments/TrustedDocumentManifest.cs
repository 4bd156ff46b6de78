using System.Buffers;
using System.Collections.Frozen;
using System.Text.Json;
using CareerPaths.GraphQL.Execution.Documents;

namespace CareerPaths.GraphQL.Http.TrustedDocuments;

/// <summary>
/// The documents a client was built with, by the SHA-256 of their text — the same hash as the document cache's
/// key (<see cref="DocumentCache.ComputeHash"/>). Every entry is checked when loaded: a manifest whose id does not
/// match its text is refused, so the manifest cannot smuggle in a document under another document's id.
/// </summary>
public sealed class TrustedDocumentManifest
{
    private const string Prefix = "sha256:";

    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    private readonly FrozenDictionary<string, string> _documents;

    private TrustedDocumentManifest(Dictionary<string, string> documents) => _documents = documents.ToFrozenDictionary(StringComparer.Ordinal);

    public int Count => _documents.Count;

    /// <summary>A manifest of these document texts (tests, or documents known in code).</summary>
    public static TrustedDocumentManifest FromDocuments(IEnumerable<string> documents) =>
        new(documents.Distinct(StringComparer.Ordinal).ToDictionary(DocumentCache.ComputeHash, text => text, StringComparer.Ordinal));

    public static TrustedDocumentManifest Load(string path) => Parse(File.ReadAllText(path), path);

    /// <summary>
    /// Reads <c>{ "&lt;id&gt;": "&lt;document text&gt;", … }</c>: graphql-codegen's client preset writes this as
    /// <c>persisted-documents.json</c> (with <c>hashAlgorithm: 'sha256'</c> its ids are bare hex), and the
    /// GraphQL-over-HTTP persisted documents appendix prefixes them <c>sha256:</c>; both are accepted.
    /// </summary>
    /// <exception cref="InvalidDataException">The manifest is not such an object, or an id does not match its text.</exception>
    public static TrustedDocumentManifest Parse(string json, string source = "the trusted document manifest")
    {
        using var document = ParseJson(json, source);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{source}: expected a JSON object of document ids to document texts.");
        }

        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in document.RootElement.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.String)
            {
                throw new InvalidDataException($"{source}: the value of \"{entry.Name}\" must be the document text (a string).");
            }

            var text = entry.Value.GetString()!;
            if (!TryParseDocumentId(entry.Name, out var hash))
            {
                throw new InvalidDataException($"{source}: \"{entry.Name}\" is not a SHA-256 document id (\"sha256:\" and 64 hex digits).");
            }

            var actual = DocumentCache.ComputeHash(text);
            if (actual != hash)
            {
                throw new InvalidDataException($"{source}: the document under \"{entry.Name}\" has the SHA-256 {actual}; the id must be its hash.");
            }

            documents[hash] = text;
        }

        return new TrustedDocumentManifest(documents);
    }

    /// <summary>
    /// The lower-case hex hash in a document id: <c>sha256:&lt;64 hex&gt;</c> (the spec's SHA256 hex document
    /// identifier) or the 64 hex digits alone (what codegen's client preset sends as <c>documentId</c>).
    /// </summary>
    public static bool TryParseDocumentId(string id, out string hash)
    {
        var hex = id.StartsWith(Prefix, StringComparison.Ordinal) ? id.AsSpan(Prefix.Length) : id.AsSpan();
        hash = "";
        if (hex.Length != 64 || hex.ContainsAnyExcept(HexDigits))
        {
            return false;
        }

        hash = hex.ToString().ToLowerInvariant();
        return true;
    }

    public bool TryGetDocument(string hash, out string text) => _documents.TryGetValue(hash, out text!);

    public bool Contains(string hash) => _documents.ContainsKey(hash);

    private static JsonDocument ParseJson(string json, string source)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{source} is not valid JSON: {exception.Message}", exception);
        }
    }
}
