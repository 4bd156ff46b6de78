using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Rules;

// Spec §5.7.2 Directives Are In Valid Locations
/// <summary>A directive may only be used where its definition allows (type-system locations included).</summary>
public sealed class DirectivesAreInValidLocations() : ValidationRule([SyntaxKind.Directive])
{
    public override void Enter(ValidationContext context, SyntaxNode node)
    {
        var name = ((DirectiveNode)node).Name.Value;
        if (DocumentDirectives.Find(context, name) is not { } directive || LocationOf(context) is not { } location)
        {
            return;
        }

        if (!directive.AllowsLocation(location))
        {
            context.ReportError($"Directive \"@{name}\" may not be used on {location}.", node);
        }
    }

    // The spec name of the location of the node holding the directive.
    private static string? LocationOf(ValidationContext context) => context.Parent switch
    {
        OperationDefinitionNode operation => operation.Operation switch
        {
            OperationType.Query => "QUERY",
            OperationType.Mutation => "MUTATION",
            _ => "SUBSCRIPTION",
        },
        FieldNode => "FIELD",
        FragmentSpreadNode => "FRAGMENT_SPREAD",
        InlineFragmentNode => "INLINE_FRAGMENT",
        FragmentDefinitionNode => "FRAGMENT_DEFINITION",
        VariableDefinitionNode => "VARIABLE_DEFINITION",
        SchemaDefinitionNode or SchemaExtensionNode => "SCHEMA",
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => "SCALAR",
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => "OBJECT",
        FieldDefinitionNode => "FIELD_DEFINITION",
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => "INTERFACE",
        UnionTypeDefinitionNode or UnionTypeExtensionNode => "UNION",
        EnumTypeDefinitionNode or EnumTypeExtensionNode => "ENUM",
        EnumValueDefinitionNode => "ENUM_VALUE",
        InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => "INPUT_OBJECT",
        InputValueDefinitionNode => context.GetAncestor(2) is InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode
            ? "INPUT_FIELD_DEFINITION"
            : "ARGUMENT_DEFINITION",
        _ => null,
    };
}
