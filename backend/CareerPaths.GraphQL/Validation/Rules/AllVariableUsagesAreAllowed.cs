using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Validation.Rules;

// Spec §5.8.5 All Variable Usages Are Allowed
/// <summary>
/// A variable's type must fit every position it is used in (IsVariableUsageAllowed: a nullable variable may
/// fill a non-null position only when the variable or the position has a non-null default). A variable used
/// as the value of a OneOf input object's field must be non-null — also when the OneOf object sits in a
/// non-null position, which the spec requires and graphql-js 17.1 misses.
/// </summary>
public sealed class AllVariableUsagesAreAllowed() : ValidationRule([], [SyntaxKind.Document])
{
    public override void Leave(ValidationContext context, SyntaxNode node)
    {
        foreach (var operation in context.Operations)
        {
            var definitions = new Dictionary<string, VariableDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in operation.VariableDefinitions)
            {
                definitions[definition.Variable.Name.Value] = definition;
            }

            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                Check(context, usage, definitions);
            }
        }
    }

    private static void Check(ValidationContext context, VariableUsage usage, Dictionary<string, VariableDefinitionNode> definitions)
    {
        var name = usage.Node.Name.Value;
        if (usage.Type is not { } locationType
            || !definitions.TryGetValue(name, out var definition)
            || TypeFromAst.Resolve(context.Schema, definition.Type) is not { } variableType)
        {
            return;
        }

        if (!IsVariableUsageAllowed(context.Schema, variableType, definition.DefaultValue, locationType, usage.HasLocationDefault))
        {
            context.ReportError($"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".", definition, usage.Node);
        }

        if (usage.ParentType?.NullableType is InputObjectType { IsOneOf: true } oneOf && variableType is not NonNullType)
        {
            context.ReportError($"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOf.Name}\".", definition, usage.Node);
        }
    }

    // Spec IsVariableUsageAllowed
    private static bool IsVariableUsageAllowed(Schema schema, GraphQLType variableType, ValueNode? variableDefault, GraphQLType locationType, bool locationHasDefault)
    {
        if (locationType is NonNullType nonNullLocation && variableType is not NonNullType)
        {
            var hasNonNullVariableDefault = variableDefault is not null and not NullValueNode;
            if (!hasNonNullVariableDefault && !locationHasDefault)
            {
                return false;
            }

            return schema.IsTypeSubTypeOf(variableType, nonNullLocation.OfType);
        }

        return schema.IsTypeSubTypeOf(variableType, locationType);
    }
}
