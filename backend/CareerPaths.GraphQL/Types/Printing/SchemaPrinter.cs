using CareerPaths.GraphQL.Language;
using System.Text;

namespace CareerPaths.GraphQL.Types;

/// <summary>
/// Prints a schema as SDL, in graphql-js <c>printSchema</c>'s format: every type and custom directive in
/// type-map order, without the built-in scalars, built-in directives and introspection types; a
/// <c>schema { }</c> block only when root names are not the defaults or there is a description.
/// </summary>
public static class SchemaPrinter
{
    public static string Print(Schema schema)
    {
        var parts = new List<string>();
        if (PrintSchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        parts.AddRange(schema.Directives.Where(d => !d.IsBuiltIn).Select(PrintDirective));
        parts.AddRange(schema.Types
            .Where(t => !t.IsIntrospectionType && t is not ScalarType { IsSpecifiedScalar: true })
            .Select(PrintType));
        return string.Join("\n\n", parts);
    }

    public static string PrintType(NamedType type) => type switch
    {
        ScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name + SpecifiedBy(scalar.SpecifiedByUrl),
        ObjectType obj => Description(obj.Description) + "type " + obj.Name + Implements(obj) + Fields(obj),
        InterfaceType iface => Description(iface.Description) + "interface " + iface.Name + Implements(iface) + Fields(iface),
        UnionType union => Description(union.Description) + "union " + union.Name
            + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : ""),
        EnumType enumType => Description(enumType.Description) + "enum " + enumType.Name
            + Block(enumType.Values.Select((v, i) => Description(v.Description, "  ", i == 0) + "  " + v.Name + Deprecated(v.DeprecationReason))),
        InputObjectType input => Description(input.Description) + "input " + input.Name + (input.IsOneOf ? " @oneOf" : "")
            + Block(input.Fields.Select((f, i) => Description(f.Description, "  ", i == 0) + "  " + InputValue(f))),
        _ => throw new ArgumentException($"Unexpected type {type}.", nameof(type)),
    };

    public static string PrintDirective(DirectiveDefinition directive) =>
        Description(directive.Description) + "directive @" + directive.Name + Arguments(directive.Arguments)
        + (directive.IsRepeatable ? " repeatable" : "")
        + " on " + string.Join(" | ", directive.Locations.Select(DirectiveLocationNames.ToName));

    private static string? PrintSchemaDefinition(Schema schema)
    {
        var defaultNames = schema.QueryType.Name == "Query"
            && (schema.MutationType?.Name ?? "Mutation") == "Mutation" && (schema.MutationType is not null || schema.GetType("Mutation") is null)
            && (schema.SubscriptionType?.Name ?? "Subscription") == "Subscription" && (schema.SubscriptionType is not null || schema.GetType("Subscription") is null);
        if (schema.Description is null && defaultNames)
        {
            return null;
        }

        var builder = new StringBuilder(Description(schema.Description)).Append("schema {\n");
        builder.Append("  query: ").Append(schema.QueryType.Name).Append('\n');
        if (schema.MutationType is not null)
        {
            builder.Append("  mutation: ").Append(schema.MutationType.Name).Append('\n');
        }

        if (schema.SubscriptionType is not null)
        {
            builder.Append("  subscription: ").Append(schema.SubscriptionType.Name).Append('\n');
        }

        return builder.Append('}').ToString();
    }

    private static string Implements(ComplexType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : "";

    private static string Fields(ComplexType type) => Block(type.Fields.Select((f, i) =>
        Description(f.Description, "  ", i == 0) + "  " + f.Name + Arguments(f.Arguments, "  ") + ": " + f.Type + Deprecated(f.DeprecationReason)));

    private static string Block(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "" : " {\n" + string.Join("\n", list) + "\n}";
    }

    private static string Arguments(IReadOnlyList<InputValueDefinition> arguments, string indentation = "")
    {
        if (arguments.Count == 0)
        {
            return "";
        }

        if (arguments.All(a => a.Description is null))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        return "(\n" + string.Join("\n", arguments.Select((a, i) =>
            Description(a.Description, "  " + indentation, i == 0) + "  " + indentation + InputValue(a))) + "\n" + indentation + ")";
    }

    private static string InputValue(InputValueDefinition value)
    {
        var declaration = value.Name + ": " + value.Type;
        if (value.DefaultValueLiteral is not null)
        {
            declaration += " = " + Printer.Print(value.DefaultValueLiteral);
        }

        return declaration + Deprecated(value.DeprecationReason);
    }

    private static string Deprecated(string? reason) => reason switch
    {
        null => "",
        BuiltInDirectives.DefaultDeprecationReason => " @deprecated",
        _ => " @deprecated(reason: " + Printer.PrintString(reason) + ")",
    };

    private static string SpecifiedBy(string? url) =>
        url is null ? "" : " @specifiedBy(url: " + Printer.PrintString(url) + ")";

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return "";
        }

        var block = BlockString.IsPrintableAsBlockString(description)
            ? Printer.PrintBlockString(description)
            : Printer.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + block.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
