using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>
/// Spec §3 type validation, run once when a schema is built (the checks of graphql-js <c>validateSchema</c>):
/// every problem is reported with a message naming the type, field or argument at fault.
/// </summary>
internal sealed partial class SchemaValidator(Schema schema)
{
    private readonly List<SchemaError> _errors = [];

    public static IReadOnlyList<SchemaError> Validate(Schema schema)
    {
        var validator = new SchemaValidator(schema);
        validator.ValidateRootTypes();
        validator.ValidateDirectives();
        validator.ValidateTypes();
        return validator._errors;
    }

    private void Report(string message, params SyntaxNode?[] nodes) => _errors.Add(new SchemaError(message, nodes));

    // Spec §3.3.1 Root Operation Types: distinct object types.
    private void ValidateRootTypes()
    {
        var roots = new (OperationType Operation, ObjectType? Type)[]
        {
            (OperationType.Query, schema.QueryType),
            (OperationType.Mutation, schema.MutationType),
            (OperationType.Subscription, schema.SubscriptionType),
        };
        foreach (var group in roots.Where(r => r.Type is not null).GroupBy(r => r.Type!))
        {
            var operations = group.Select(r => r.Operation.ToString().ToLowerInvariant()).ToArray();
            if (operations.Length > 1)
            {
                var list = operations.Length == 2
                    ? operations[0] + " and " + operations[1]
                    : string.Join(", ", operations[..^1]) + ", and " + operations[^1];
                Report($"All root types must be different, \"{group.Key.Name}\" type is used as {list} root types.", schema.AstNode);
            }
        }
    }

    // Spec §3.13 Type Validation of directive definitions.
    private void ValidateDirectives()
    {
        foreach (var directive in schema.Directives.Where(d => !d.IsBuiltIn))
        {
            ValidateName(directive.Name, directive.AstNode?.Name);
            if (directive.Locations.Count == 0)
            {
                Report($"Directive @{directive.Name} must include 1 or more locations.", directive.AstNode);
            }

            foreach (var argument in directive.Arguments)
            {
                ValidateArgument(argument);
            }
        }
    }

    private void ValidateArgument(InputValueDefinition argument)
    {
        ValidateName(argument.Name, argument.AstNode?.Name);
        if (!argument.Type.IsInputType)
        {
            Report($"The type of {argument} must be Input Type but got: {argument.Type}.", argument.AstNode?.Type);
        }

        if (argument.IsRequired && argument.IsDeprecated)
        {
            Report($"Required argument {argument} cannot be deprecated.", DeprecatedNode(argument.AstNode?.Directives), argument.AstNode?.Type);
        }
    }

    // Spec §2.1.9 Names, and the reservation of "__" for introspection (spec §3.1, §4).
    private void ValidateName(string name, SyntaxNode? node)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            Report($"Names must start with [_a-zA-Z] but \"{name}\" does not.", node);
            return;
        }

        if (name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c == '_')))
        {
            Report($"Names must only contain [_a-zA-Z0-9] but \"{name}\" does not.", node);
            return;
        }

        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
        }
    }

    private static DirectiveNode? DeprecatedNode(IReadOnlyList<DirectiveNode>? directives) =>
        directives?.FirstOrDefault(d => d.Name.Value == "deprecated");
}
