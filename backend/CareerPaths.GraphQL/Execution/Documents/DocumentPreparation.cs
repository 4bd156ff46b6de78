using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Execution.Documents;

/// <summary>Validates a parsed document against a schema; returns the errors (empty when valid).</summary>
public delegate IReadOnlyList<GraphQLError> DocumentValidation(Schema schema, DocumentNode document);

/// <summary>Parse and validate a document text, through a <see cref="DocumentCache"/> when one is given.</summary>
public static class DocumentPreparation
{
    public static PreparedDocument Prepare(
        Schema schema, string text, DocumentValidation validate, DocumentCache? cache = null, ParserOptions? parserOptions = null)
    {
        var hash = DocumentCache.ComputeHash(text);
        if (cache is not null && cache.TryGet(hash, out var cached))
        {
            if (cached.Document is null || ReferenceEquals(cached.ValidatedFor, schema))
            {
                return cached;
            }

            // Same text, another schema: the parse is reused, validation is not.
            var revalidated = new PreparedDocument(hash, cached.Document, validate(schema, cached.Document), schema);
            cache.Add(revalidated);
            return revalidated;
        }

        PreparedDocument prepared;
        try
        {
            var document = Parser.Parse(text, parserOptions);
            prepared = new PreparedDocument(hash, document, validate(schema, document), schema);
        }
        catch (SyntaxError e)
        {
            var error = new GraphQLError(
                e.Message,
                [new ErrorLocation(e.Line, e.Column)],
                extensions: new Dictionary<string, object?> { ["code"] = ErrorCodes.SyntaxError });
            prepared = new PreparedDocument(hash, null, [error], schema);
        }

        cache?.Add(prepared);
        return prepared;
    }
}
