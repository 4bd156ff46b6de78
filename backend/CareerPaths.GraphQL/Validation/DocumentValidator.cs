using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Validation;

/// <summary>
/// Validates an executable document against a schema (spec §5): every rule runs in one traversal of the
/// document. An empty result means the document may be executed. See docs/graphql-engine/validation.md.
/// </summary>
public static class DocumentValidator
{
    // Spec §5 Validation
    public static IReadOnlyList<GraphQLError> Validate(Schema schema, DocumentNode document, ValidationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(document);
        options ??= ValidationOptions.Default;
        var rules = options.Rules.Effective(options.Limits is not null);
        var errors = new List<GraphQLError>();
        var context = new ValidationContext(schema, document, options, errors);
        var visitors = new ValidationRule?[rules.Count];
        try
        {
            for (var i = 0; i < visitors.Length; i++)
            {
                visitors[i] = rules[i].ForDocument(context);
            }

            new DocumentWalker(context, rules, visitors).Walk(document);
        }
        catch (ValidationAbortedException aborted)
        {
            errors.Add(aborted.Error);
        }
        catch (InsufficientExecutionStackException)
        {
            errors.Add(ValidationErrors.Aborted());
        }

        return errors;
    }
}
