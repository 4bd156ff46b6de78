using System.Text.Json;
using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types;
using CareerPaths.GraphQL.Types.Coercion;

namespace CareerPaths.GraphQL.Execution.Documents;

/// <summary>
/// Spec §6.1.2 CoerceVariableValues. Every problem is reported (not just the first), each located at its
/// variable definition, with graphql-js's wording; absent variables without a default stay absent.
/// </summary>
internal static class VariableCoercion
{
    private static readonly IReadOnlyDictionary<string, object?> None = new Dictionary<string, object?>();

    public static IReadOnlyDictionary<string, object?> CoerceVariableValues(
        Schema schema, OperationDefinitionNode operation, object? inputs, List<GraphQLError> errors)
    {
        var definitions = operation.VariableDefinitions;
        if (definitions.Count == 0)
        {
            return None;
        }

        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Variable.Name.Value;
            var type = TypeFromAst(schema, definition.Type);
            if (type is null || !type.IsInputType)
            {
                errors.Add(Error(definition, $"Variable \"${name}\" expected value of type \"{TypePrinter(definition.Type)}\" which cannot be used as an input type."));
                continue;
            }

            if (!TryGetInput(inputs, name, out var value))
            {
                if (definition.DefaultValue is { } defaultValue)
                {
                    if (LiteralCoercion.TryCoerceInputLiteral(defaultValue, type, null, out var coercedDefault))
                    {
                        coerced[name] = coercedDefault;
                    }
                    else
                    {
                        errors.Add(Error(definition, $"Variable \"${name}\" has invalid default value."));
                    }

                    continue;
                }

                if (type is not NonNullType)
                {
                    continue;
                }

                value = Undefined.Value;
            }

            if (InputCoercion.TryCoerceInputValue(value, type, out var coercedValue))
            {
                coerced[name] = coercedValue;
                continue;
            }

            var problems = new List<InputCoercionError>();
            InputCoercion.CoerceInputValue(value, type, problems, out _);
            OneOfViolations.AddMissing(value, type, problems);
            foreach (var problem in problems)
            {
                errors.Add(Error(definition, $"Variable \"${name}\" has invalid value{problem.PathSuffix}: {problem.Message}"));
            }

            if (problems.Count == 0)
            {
                errors.Add(Error(definition, $"Variable \"${name}\" has invalid value."));
            }
        }

        return coerced;
    }

    /// <summary>graphql-js typeFromAST: the schema type a type reference names, or null.</summary>
    public static GraphQLType? TypeFromAst(Schema schema, TypeNode node) => node switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => TypeFromAst(schema, list.Type)?.ListOf(),
        NonNullTypeNode nonNull => TypeFromAst(schema, nonNull.Type)?.NonNullOf(),
        _ => null,
    };

    private static string TypePrinter(TypeNode node) => node switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => "[" + TypePrinter(list.Type) + "]",
        NonNullTypeNode nonNull => TypePrinter(nonNull.Type) + "!",
        _ => "",
    };

    private static bool TryGetInput(object? inputs, string name, out object? value)
    {
        switch (inputs)
        {
            case JsonElement { ValueKind: JsonValueKind.Object } json when json.TryGetProperty(name, out var property):
                value = property;
                return true;
            case IReadOnlyDictionary<string, object?> dictionary when dictionary.TryGetValue(name, out value):
                return value is not Undefined;
            case IDictionary<string, object?> mutable when mutable.TryGetValue(name, out value):
                return value is not Undefined;
            default:
                value = null;
                return false;
        }
    }

    private static GraphQLError Error(VariableDefinitionNode definition, string message) =>
        GraphQLError.At(message, definition, ErrorCodes.BadUserInput);
}
