using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation;

/// <summary>The directives applied to any node that can carry them (empty for the others).</summary>
public static class NodeDirectives
{
    public static IReadOnlyList<DirectiveNode> Of(SyntaxNode node) => node switch
    {
        SelectionNode selection => selection.Directives,
        ExecutableDefinitionNode definition => definition.Directives,
        VariableDefinitionNode variable => variable.Directives,
        TypeDefinitionNode type => type.Directives,
        TypeSystemExtensionNode extension => extension.Directives,
        SchemaDefinitionNode schema => schema.Directives,
        FieldDefinitionNode field => field.Directives,
        InputValueDefinitionNode input => input.Directives,
        EnumValueDefinitionNode value => value.Directives,
        _ => [],
    };
}
