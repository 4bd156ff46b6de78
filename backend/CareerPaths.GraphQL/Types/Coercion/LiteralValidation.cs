using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types.Coercion;

/// <summary>
/// Explains why a literal is not a valid value of a type, collecting every problem with its path (graphql-js
/// <c>validateInputLiteral</c>): the core of the ValuesOfCorrectType rule (spec §5.6.1) and of the messages
/// for invalid arguments and default values. Without variables ("static" validation), variables are skipped.
/// </summary>
public static class LiteralValidation
{
    public static void ValidateInputLiteral(
        ValueNode node, GraphQLType type, List<InputCoercionError> errors, IReadOnlyDictionary<string, object?>? variables = null) =>
        Validate(node, type, new CoercionErrorSink(errors), variables);

    /// <summary>True when <paramref name="node"/> is a valid literal of <paramref name="type"/> (statically).</summary>
    public static bool IsValidLiteralValue(ValueNode node, GraphQLType type)
    {
        var errors = new List<InputCoercionError>();
        ValidateInputLiteral(node, type, errors);
        return errors.Count == 0;
    }

    private static void Validate(ValueNode node, GraphQLType type, CoercionErrorSink sink, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is VariableNode variable)
        {
            if (variables is null)
            {
                return;
            }

            var found = LiteralCoercion.TryGetVariable(variable, variables, out var value);
            if (type is NonNullType && !found)
            {
                sink.Report($"Expected variable \"${variable.Name.Value}\" provided to type \"{type}\" to provide a runtime value.", node);
            }
            else if (type is NonNullType && value is null)
            {
                sink.Report($"Expected variable \"${variable.Name.Value}\" provided to non-null type \"{type}\" not to be null.", node);
            }

            return;
        }

        if (type is NonNullType nonNull)
        {
            if (node is NullValueNode)
            {
                sink.Report($"Expected value of non-null type \"{type}\" not to be null.", node);
                return;
            }

            Validate(node, nonNull.OfType, sink, variables);
            return;
        }

        if (node is NullValueNode)
        {
            return;
        }

        switch (type)
        {
            case ListType list when node is ListValueNode listNode:
                for (var i = 0; i < listNode.Values.Count; i++)
                {
                    sink.Push(i);
                    Validate(listNode.Values[i], list.OfType, sink, variables);
                    sink.Pop();
                }

                break;
            case ListType list:
                Validate(node, list.OfType, sink, variables);
                break;
            case InputObjectType inputObject:
                ValidateInputObject(node, inputObject, sink, variables);
                break;
            default:
                ValidateLeaf(node, type, sink, variables);
                break;
        }
    }

    private static void ValidateInputObject(ValueNode node, InputObjectType type, CoercionErrorSink sink, IReadOnlyDictionary<string, object?>? variables)
    {
        if (node is not ObjectValueNode obj)
        {
            sink.Report($"Expected value of type \"{type}\" to be an object, found: {Printer.Print(node)}.", node);
            return;
        }

        foreach (var field in type.Fields)
        {
            var fieldNode = LiteralCoercion.Find(obj, field.Name);
            if (fieldNode is null)
            {
                if (field.IsRequired)
                {
                    sink.Report($"Expected value of type \"{type}\" to include required field \"{field.Name}\", found: {Printer.Print(node)}.", node);
                }

                continue;
            }

            if (fieldNode.Value is VariableNode variable && variables is not null)
            {
                var found = LiteralCoercion.TryGetVariable(variable, variables, out var value);
                if (type.IsOneOf && !found)
                {
                    sink.Report($"Expected variable \"${variable.Name.Value}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{type}\" to provide a runtime value.", node);
                }
                else if (type.IsOneOf && value is null)
                {
                    sink.Report($"Expected variable \"${variable.Name.Value}\" provided to field \"{field.Name}\" for OneOf Input Object type \"{type}\" not to be null.", node);
                }
                else if (!found && !field.IsRequired)
                {
                    continue;
                }
            }

            sink.Push(field.Name);
            Validate(fieldNode.Value, field.Type, sink, variables);
            sink.Pop();
        }

        var known = new List<ObjectFieldNode>();
        foreach (var fieldNode in obj.Fields)
        {
            if (type.GetField(fieldNode.Name.Value) is null)
            {
                sink.Report($"Expected value of type \"{type}\" not to include unknown field \"{fieldNode.Name.Value}\", found: {Printer.Print(node)}.", fieldNode);
            }
            else
            {
                known.Add(fieldNode);
            }
        }

        if (type.IsOneOf)
        {
            if (known.Count != 1)
            {
                sink.Report(InputCoercion.OneOfMessage(type), node);
            }
            else if (known[0].Value is NullValueNode)
            {
                sink.Report(InputCoercion.OneOfMessage(type), node, known[0].Name.Value);
            }
        }
    }

    private static void ValidateLeaf(ValueNode node, GraphQLType type, CoercionErrorSink sink, IReadOnlyDictionary<string, object?>? variables)
    {
        try
        {
            if (type is EnumType enumType)
            {
                enumType.ParseLiteral(node);
            }
            else
            {
                ((ScalarType)type).ParseLiteral(node, variables);
            }
        }
        catch (ScalarCoercionException exception)
        {
            sink.Report(exception.Message, node);
        }
        catch (Exception exception) when (exception is FormatException or InvalidCastException or OverflowException or ArgumentException)
        {
            sink.Report($"Expected value of type \"{type}\", but encountered error \"{exception.Message}\"; found: {Printer.Print(node)}.", node);
        }
    }
}
