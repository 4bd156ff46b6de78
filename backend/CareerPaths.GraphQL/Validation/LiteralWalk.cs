using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Validation;

/// <summary>
/// Walks a literal against its expected type exactly as static literal validation does (graphql-js
/// <c>validateInputLiteral</c> without variables): through non-null and list wrappers, into the fields of
/// input objects that are defined, stopping at variables and nulls. The value rules (§5.6.1, §5.6.2, §5.6.4)
/// each check their own part at the positions it reaches. Recursion follows the literal, which the parser bounds.
/// </summary>
/// <remarks>Walks keep no state: each rule holds one for good.</remarks>
internal abstract class LiteralWalk
{
    /// <summary>Walks the value of an argument, or the default value of a variable.</summary>
    public void Run(ValidationContext context)
    {
        var (value, type) = context.GetAncestor(0) switch
        {
            ArgumentNode argument => (argument.Value, context.InputType),
            VariableDefinitionNode variable => (variable.DefaultValue, context.InputType),
            _ => (null, null),
        };
        if (value is not null and not VariableNode && type is not null)
        {
            Visit(context, value, type);
        }
    }

    /// <summary>A null literal where the type is non-null.</summary>
    protected virtual void NullForNonNull(ValidationContext context, ValueNode node, NonNullType type)
    {
    }

    /// <summary>A literal where an input object is expected (it may not be an object literal).</summary>
    protected virtual void InputObject(ValidationContext context, ValueNode node, InputObjectType type)
    {
    }

    /// <summary>A literal where a scalar or enum is expected.</summary>
    protected virtual void Leaf(ValidationContext context, ValueNode node, NamedType type)
    {
    }

    /// <summary>The field of an object literal that sets <paramref name="name"/> (the last one, as graphql-js keyMap).</summary>
    protected static ObjectFieldNode? FindField(ObjectValueNode node, string name)
    {
        for (var i = node.Fields.Count - 1; i >= 0; i--)
        {
            if (node.Fields[i].Name.Value == name)
            {
                return node.Fields[i];
            }
        }

        return null;
    }

    private void Visit(ValidationContext context, ValueNode node, GraphQLType type)
    {
        if (node is VariableNode)
        {
            return;
        }

        if (type is NonNullType nonNull)
        {
            if (node is NullValueNode)
            {
                NullForNonNull(context, node, nonNull);
            }
            else
            {
                Visit(context, node, nonNull.OfType);
            }

            return;
        }

        if (node is NullValueNode)
        {
            return;
        }

        switch (type)
        {
            case ListType list when node is ListValueNode items:
                foreach (var item in items.Values)
                {
                    Visit(context, item, list.OfType);
                }

                return;
            case ListType list:
                Visit(context, node, list.OfType);
                return;
            case InputObjectType inputObject:
                InputObject(context, node, inputObject);
                if (node is ObjectValueNode obj)
                {
                    foreach (var field in inputObject.Fields)
                    {
                        if (FindField(obj, field.Name) is { } given)
                        {
                            Visit(context, given.Value, field.Type);
                        }
                    }
                }

                return;
            default:
                Leaf(context, node, (NamedType)type);
                return;
        }
    }
}
