using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Rules;

// Spec §5.7.3 Directives Are Unique Per Location
/// <summary>
/// A non-repeatable directive appears at most once per location. As in graphql-js, a type's definition and
/// its extensions are one location, and so are the schema definition and its extensions.
/// </summary>
public sealed class DirectivesAreUniquePerLocation() : ValidationRule(
[
    SyntaxKind.OperationDefinition, SyntaxKind.VariableDefinition, SyntaxKind.Field, SyntaxKind.FragmentSpread,
    SyntaxKind.InlineFragment, SyntaxKind.FragmentDefinition, SyntaxKind.SchemaDefinition, SyntaxKind.SchemaExtension,
    SyntaxKind.ScalarTypeDefinition, SyntaxKind.ObjectTypeDefinition, SyntaxKind.FieldDefinition,
    SyntaxKind.InputValueDefinition, SyntaxKind.InterfaceTypeDefinition, SyntaxKind.UnionTypeDefinition,
    SyntaxKind.EnumTypeDefinition, SyntaxKind.EnumValueDefinition, SyntaxKind.InputObjectTypeDefinition,
    SyntaxKind.ScalarTypeExtension, SyntaxKind.ObjectTypeExtension, SyntaxKind.InterfaceTypeExtension,
    SyntaxKind.UnionTypeExtension, SyntaxKind.EnumTypeExtension, SyntaxKind.InputObjectTypeExtension,
])
{
    private readonly Dictionary<string, DirectiveNode> _schemaSeen = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Dictionary<string, DirectiveNode>> _typeSeen = new(StringComparer.Ordinal);

    public override ValidationRule ForDocument(ValidationContext context) => new DirectivesAreUniquePerLocation();

    public override void Enter(ValidationContext context, SyntaxNode node)
    {
        var directives = NodeDirectives.Of(node);
        if (directives.Count == 0 || (directives.Count == 1 && node is not (TypeDefinitionNode or TypeExtensionNode or SchemaDefinitionNode or SchemaExtensionNode)))
        {
            return;
        }

        var seen = node switch
        {
            SchemaDefinitionNode or SchemaExtensionNode => _schemaSeen,
            TypeDefinitionNode type => SeenOnType(type.Name.Value),
            TypeExtensionNode extension => SeenOnType(extension.Name.Value),
            _ => new Dictionary<string, DirectiveNode>(StringComparer.Ordinal),
        };
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (DocumentDirectives.Find(context, name) is not { IsRepeatable: false })
            {
                continue;
            }

            if (seen.TryGetValue(name, out var first))
            {
                context.ReportError($"The directive \"@{name}\" can only be used once at this location.", first, directive);
            }
            else
            {
                seen[name] = directive;
            }
        }
    }

    private Dictionary<string, DirectiveNode> SeenOnType(string typeName)
    {
        if (!_typeSeen.TryGetValue(typeName, out var seen))
        {
            seen = new Dictionary<string, DirectiveNode>(StringComparer.Ordinal);
            _typeSeen[typeName] = seen;
        }

        return seen;
    }
}
