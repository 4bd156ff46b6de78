using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Validation;

/// <summary>
/// Tracks, while the document is walked, the types in scope (graphql-js <c>TypeInfo</c>): the output type and
/// field definition of the current field, the parent type of the current selection set, the expected input
/// type of the current value, the argument and directive being read. Unknown names give null, never an error:
/// reporting them is the rules' business.
/// </summary>
internal sealed class TypeInfo(Schema schema)
{
    private readonly List<GraphQLType?> _types = [];
    private readonly List<NamedType?> _parentTypes = [];
    private readonly List<FieldDefinition?> _fields = [];
    private readonly List<InputFrame> _inputs = [];

    /// <summary>The output type of the current field, operation or fragment.</summary>
    public GraphQLType? Type => Top(_types);

    /// <summary>The composite type whose selection set is being read.</summary>
    public NamedType? ParentType => Top(_parentTypes);

    public FieldDefinition? FieldDefinition => Top(_fields);

    /// <summary>The type the current value must have.</summary>
    public GraphQLType? InputType => _inputs.Count > 0 ? _inputs[^1].Type : null;

    /// <summary>The input type one level up: the list or input object holding the current value.</summary>
    public GraphQLType? ParentInputType => _inputs.Count > 1 ? _inputs[^2].Type : null;

    /// <summary>Whether the argument or input field the current value is given for has a default value.</summary>
    public bool InputHasDefault => _inputs.Count > 0 && _inputs[^1].HasDefault;

    /// <summary>The directive being read, if the schema defines it.</summary>
    public DirectiveDefinition? Directive { get; private set; }

    public InputValueDefinition? Argument { get; private set; }

    public void Enter(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.SelectionSet:
                _parentTypes.Add(Type?.GetNamedType() is { IsCompositeType: true } composite ? composite : null);
                break;
            case SyntaxKind.Field:
                var field = ParentType is { } parent ? schema.GetFieldDefinition(parent, ((FieldNode)node).Name.Value) : null;
                _fields.Add(field);
                _types.Add(field?.Type);
                break;
            case SyntaxKind.Directive:
                Directive = schema.GetDirective(((DirectiveNode)node).Name.Value);
                break;
            case SyntaxKind.OperationDefinition:
                _types.Add(schema.GetRootType(((OperationDefinitionNode)node).Operation));
                break;
            case SyntaxKind.InlineFragment:
                var condition = ((InlineFragmentNode)node).TypeCondition;
                _types.Add(OutputOrNull(condition is null ? Type?.GetNamedType() : TypeFromAst.Resolve(schema, condition)));
                break;
            case SyntaxKind.FragmentDefinition:
                _types.Add(OutputOrNull(TypeFromAst.Resolve(schema, ((FragmentDefinitionNode)node).TypeCondition)));
                break;
            case SyntaxKind.VariableDefinition:
                var variableType = TypeFromAst.Resolve(schema, ((VariableDefinitionNode)node).Type);
                _inputs.Add(new InputFrame(variableType is { IsInputType: true } ? variableType : null, false));
                break;
            case SyntaxKind.Argument:
                EnterArgument((ArgumentNode)node);
                break;
            case SyntaxKind.ListValue:
                _inputs.Add(new InputFrame(InputType?.NullableType is ListType list ? list.OfType : null, false));
                break;
            case SyntaxKind.ObjectField:
                var inputField = (InputType?.GetNamedType() as InputObjectType)?.GetField(((ObjectFieldNode)node).Name.Value);
                _inputs.Add(new InputFrame(inputField?.Type, inputField?.HasDefaultValue == true));
                break;
        }
    }

    public void Leave(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.SelectionSet:
                Pop(_parentTypes);
                break;
            case SyntaxKind.Field:
                Pop(_fields);
                Pop(_types);
                break;
            case SyntaxKind.Directive:
                Directive = null;
                break;
            case SyntaxKind.OperationDefinition or SyntaxKind.InlineFragment or SyntaxKind.FragmentDefinition:
                Pop(_types);
                break;
            case SyntaxKind.Argument:
                Argument = null;
                Pop(_inputs);
                break;
            case SyntaxKind.VariableDefinition or SyntaxKind.ListValue or SyntaxKind.ObjectField:
                Pop(_inputs);
                break;
        }
    }

    private void EnterArgument(ArgumentNode node)
    {
        // A directive the schema does not know leaves the field's arguments in scope, as in graphql-js.
        var name = node.Name.Value;
        var definition = Directive is { } directive ? directive.GetArgument(name) : FieldDefinition?.GetArgument(name);
        Argument = definition;
        _inputs.Add(new InputFrame(definition?.Type, definition?.HasDefaultValue == true));
    }

    private static GraphQLType? OutputOrNull(GraphQLType? type) => type is { IsOutputType: true } ? type : null;

    private static T? Top<T>(List<T?> stack)
        where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);

    private readonly record struct InputFrame(GraphQLType? Type, bool HasDefault);
}
