using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Execution.Documents;

/// <summary>
/// A document text after parse and validation against one schema: the document when it is valid, or the
/// request errors (one syntax error, or the validation errors). What the document cache keeps.
/// </summary>
public sealed class PreparedDocument
{
    internal PreparedDocument(string hash, DocumentNode? document, IReadOnlyList<GraphQLError> errors, Schema? validatedFor)
    {
        Hash = hash;
        Document = document;
        Errors = errors;
        ValidatedFor = validatedFor;
    }

    /// <summary>The SHA-256 of the text (lower-case hex): the cache key, and a trusted document's id.</summary>
    public string Hash { get; }

    /// <summary>The parsed document; null when the text did not parse.</summary>
    public DocumentNode? Document { get; }

    /// <summary>The syntax or validation errors; empty when the document can be executed.</summary>
    public IReadOnlyList<GraphQLError> Errors { get; }

    /// <summary>The schema the document was validated against.</summary>
    public Schema? ValidatedFor { get; }

    public bool IsValid => Document is not null && Errors.Count == 0;
}
