using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation;

/// <summary>The children of each node kind, in graphql-js's visitor key order (descriptions and names left out).</summary>
internal sealed partial class DocumentWalker
{
    private void VisitChildren(SyntaxNode node, SyntaxKind kind)
    {
        switch (kind)
        {
            case SyntaxKind.Document:
                VisitAll(((DocumentNode)node).Definitions);
                break;
            case SyntaxKind.OperationDefinition:
                var operation = (OperationDefinitionNode)node;
                VisitAll(operation.VariableDefinitions);
                VisitAll(operation.Directives);
                Visit(operation.SelectionSet);
                break;
            case SyntaxKind.VariableDefinition:
                var variable = (VariableDefinitionNode)node;
                Visit(variable.Variable);
                Visit(variable.Type);
                VisitOptional(variable.DefaultValue);
                VisitAll(variable.Directives);
                break;
            case SyntaxKind.SelectionSet:
                VisitAll(((SelectionSetNode)node).Selections);
                break;
            case SyntaxKind.Field:
                var field = (FieldNode)node;
                VisitAll(field.Arguments);
                VisitAll(field.Directives);
                VisitOptional(field.SelectionSet);
                break;
            case SyntaxKind.Argument:
                Visit(((ArgumentNode)node).Value);
                break;
            case SyntaxKind.FragmentSpread:
                VisitAll(((FragmentSpreadNode)node).Directives);
                break;
            case SyntaxKind.InlineFragment:
                var inline = (InlineFragmentNode)node;
                VisitOptional(inline.TypeCondition);
                VisitAll(inline.Directives);
                Visit(inline.SelectionSet);
                break;
            case SyntaxKind.FragmentDefinition:
                var fragment = (FragmentDefinitionNode)node;
                Visit(fragment.TypeCondition);
                VisitAll(fragment.Directives);
                Visit(fragment.SelectionSet);
                break;
            case SyntaxKind.ListValue:
                VisitAll(((ListValueNode)node).Values);
                break;
            case SyntaxKind.ObjectValue:
                VisitAll(((ObjectValueNode)node).Fields);
                break;
            case SyntaxKind.ObjectField:
                Visit(((ObjectFieldNode)node).Value);
                break;
            case SyntaxKind.Directive:
                VisitAll(((DirectiveNode)node).Arguments);
                break;
            case SyntaxKind.ListType:
                Visit(((ListTypeNode)node).Type);
                break;
            case SyntaxKind.NonNullType:
                Visit(((NonNullTypeNode)node).Type);
                break;
            default:
                VisitTypeSystemChildren(node);
                break;
        }
    }

    private void VisitTypeSystemChildren(SyntaxNode node)
    {
        switch (node)
        {
            case SchemaDefinitionNode schema:
                VisitAll(schema.Directives);
                VisitAll(schema.OperationTypes);
                break;
            case SchemaExtensionNode schema:
                VisitAll(schema.Directives);
                VisitAll(schema.OperationTypes);
                break;
            case OperationTypeDefinitionNode operationType:
                Visit(operationType.Type);
                break;
            case ObjectTypeDefinitionNode or InterfaceTypeDefinitionNode or ObjectTypeExtensionNode or InterfaceTypeExtensionNode:
                VisitComplexType(node);
                break;
            case FieldDefinitionNode field:
                VisitAll(field.Arguments);
                Visit(field.Type);
                VisitAll(field.Directives);
                break;
            case InputValueDefinitionNode input:
                Visit(input.Type);
                VisitOptional(input.DefaultValue);
                VisitAll(input.Directives);
                break;
            case UnionTypeDefinitionNode union:
                VisitAll(union.Directives);
                VisitAll(union.Types);
                break;
            case UnionTypeExtensionNode union:
                VisitAll(union.Directives);
                VisitAll(union.Types);
                break;
            case EnumTypeDefinitionNode enumType:
                VisitAll(enumType.Directives);
                VisitAll(enumType.Values);
                break;
            case EnumTypeExtensionNode enumType:
                VisitAll(enumType.Directives);
                VisitAll(enumType.Values);
                break;
            case InputObjectTypeDefinitionNode input:
                VisitAll(input.Directives);
                VisitAll(input.Fields);
                break;
            case InputObjectTypeExtensionNode input:
                VisitAll(input.Directives);
                VisitAll(input.Fields);
                break;
            case DirectiveDefinitionNode directive:
                VisitAll(directive.Arguments);
                break;
            case ScalarTypeDefinitionNode or ScalarTypeExtensionNode or EnumValueDefinitionNode:
                VisitAll(NodeDirectives.Of(node));
                break;
        }
    }

    private void VisitComplexType(SyntaxNode node)
    {
        var (interfaces, directives, fields) = node switch
        {
            ObjectTypeDefinitionNode o => (o.Interfaces, o.Directives, o.Fields),
            InterfaceTypeDefinitionNode i => (i.Interfaces, i.Directives, i.Fields),
            ObjectTypeExtensionNode o => (o.Interfaces, o.Directives, o.Fields),
            InterfaceTypeExtensionNode i => (i.Interfaces, i.Directives, i.Fields),
            _ => throw new InvalidOperationException(node.Kind.ToString()),
        };
        VisitAll(interfaces);
        VisitAll(directives);
        VisitAll(fields);
    }
}
