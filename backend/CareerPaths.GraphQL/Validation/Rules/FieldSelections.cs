using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Validation.Rules;

// Spec §5.3.1 Field Selections
/// <summary>A selected field must be defined on the type in scope (meta fields included).</summary>
public sealed class FieldSelections() : ValidationRule([SyntaxKind.Field])
{
    public override void Enter(ValidationContext context, SyntaxNode node)
    {
        if (context.ParentType is not { } parentType || context.FieldDefinition is not null)
        {
            return;
        }

        var name = ((FieldNode)node).Name.Value;
        var hint = string.Empty;
        if (context.IncludeSuggestions)
        {
            hint = Suggestions.DidYouMean(SuggestedTypes(context.Schema, parentType, name), "to use an inline fragment on");
            if (hint.Length == 0 && parentType is ComplexType complex)
            {
                hint = context.DidYouMean(name, complex.Fields.Select(f => f.Name));
            }
        }

        context.ReportError($"Cannot query field \"{name}\" on type \"{parentType.Name}\".{hint}", node);
    }

    // The possible types (and their interfaces) that do have the field, the most used first.
    private static List<string> SuggestedTypes(Schema schema, NamedType type, string fieldName)
    {
        if (!type.IsAbstractType)
        {
            return [];
        }

        var usage = new Dictionary<NamedType, int>();
        foreach (var possible in schema.GetPossibleTypes(type))
        {
            if (possible.GetField(fieldName) is null)
            {
                continue;
            }

            usage[possible] = 1;
            foreach (var iface in possible.Interfaces)
            {
                if (iface.GetField(fieldName) is not null)
                {
                    usage[iface] = usage.GetValueOrDefault(iface) + 1;
                }
            }
        }

        return usage.OrderByDescending(p => p.Value)
            .ThenBy(p => p.Key is InterfaceType ? 0 : 1)
            .ThenBy(p => p.Key.Name, StringComparer.Ordinal)
            .Select(p => p.Key.Name)
            .ToList();
    }
}
