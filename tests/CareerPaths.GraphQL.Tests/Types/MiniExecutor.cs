using System.Collections;
using System.Text.Json;
using System.Text.Json.Nodes;
using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types;
using CareerPaths.GraphQL.Types.Coercion;

namespace CareerPaths.GraphQL.Tests.Types;

/// <summary>
/// A deliberately small executor for tests of the type system (no validation, no errors, no directives):
/// it runs a query's fields through the bound resolvers, coerces arguments and completes values, so schema
/// and introspection behaviour can be compared with graphql-js before the real executor exists.
/// </summary>
internal static class MiniExecutor
{
    public static JsonObject Execute(Schema schema, string query, object? rootValue = null, IReadOnlyDictionary<string, object?>? variables = null)
    {
        var document = Parser.Parse(query);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value);
        return ExecuteSelectionSet(schema, operation.SelectionSet, schema.QueryType, rootValue, fragments, variables ?? new Dictionary<string, object?>());
    }

    private static JsonObject ExecuteSelectionSet(Schema schema, SelectionSetNode selectionSet, ObjectType type, object? source,
        Dictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables)
    {
        var result = new JsonObject();
        foreach (var field in CollectFields(schema, type, selectionSet, fragments))
        {
            var definition = schema.GetFieldDefinition(type, field.Name.Value)
                ?? throw new InvalidOperationException($"No field {type.Name}.{field.Name.Value}.");
            if (!ArgumentCoercion.TryCoerceArgumentValues(definition.Arguments, field.Arguments, variables, out var arguments, out var error))
            {
                throw new InvalidOperationException(error!.Message);
            }

            var context = new TestResolverContext(schema, type, definition, source) { Arguments = arguments, Variables = variables };
            var value = definition.Resolver.ResolveAsync(context).AsTask().GetAwaiter().GetResult();
            result[field.ResponseKey] = Complete(schema, definition.Type, field, value, context, fragments, variables);
        }

        return result;
    }

    private static JsonNode? Complete(Schema schema, GraphQLType type, FieldNode field, object? value, IResolverContext context,
        Dictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables)
    {
        if (type is NonNullType nonNull)
        {
            return Complete(schema, nonNull.OfType, field, value, context, fragments, variables)
                ?? throw new InvalidOperationException($"Null for non-null {context.Field}.");
        }

        if (value is null || value is JsonElement { ValueKind: JsonValueKind.Null })
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                var items = value is JsonElement { ValueKind: JsonValueKind.Array } json ? json.EnumerateArray().Cast<object?>() : ((IEnumerable)value).Cast<object?>();
                return new JsonArray(items.Select(i => Complete(schema, list.OfType, field, i, context, fragments, variables)).ToArray());
            case ScalarType scalar:
                return JsonSerializer.SerializeToNode(scalar.Serialize(value));
            case EnumType enumType:
                return JsonValue.Create(enumType.Serialize(value));
            case ObjectType obj:
                return ExecuteSelectionSet(schema, field.SelectionSet!, obj, value, fragments, variables);
            default:
                var concrete = ((IAbstractType)type).ResolveType(value, context)
                    ?? throw new InvalidOperationException($"Cannot resolve the type of a {type} value.");
                return ExecuteSelectionSet(schema, field.SelectionSet!, concrete, value, fragments, variables);
        }
    }

    private static IEnumerable<FieldNode> CollectFields(Schema schema, ObjectType type, SelectionSetNode selectionSet, Dictionary<string, FragmentDefinitionNode> fragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    yield return field;
                    break;
                case InlineFragmentNode inline when Applies(schema, type, inline.TypeCondition?.Name.Value):
                    foreach (var inner in CollectFields(schema, type, inline.SelectionSet, fragments))
                    {
                        yield return inner;
                    }

                    break;
                case FragmentSpreadNode spread when Applies(schema, type, fragments[spread.Name.Value].TypeCondition.Name.Value):
                    foreach (var inner in CollectFields(schema, type, fragments[spread.Name.Value].SelectionSet, fragments))
                    {
                        yield return inner;
                    }

                    break;
            }
        }
    }

    private static bool Applies(Schema schema, ObjectType type, string? condition) =>
        condition is null || condition == type.Name || (schema.GetType(condition) is { } c && schema.IsPossibleType(c, type));
}
