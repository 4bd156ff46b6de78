using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Language;

// Type-system definitions and extensions (spec §3), laid out as graphql-js prints them.
public static partial class Printer
{
    private static string PrintTypeSystemDefinition(TypeSystemDefinitionNode node) => node switch
    {
        SchemaDefinitionNode schema => Description(schema.Description)
            + JoinParts(" ", "schema", Directives(schema.Directives), Block(schema.OperationTypes)),
        ScalarTypeDefinitionNode scalar => Description(scalar.Description)
            + JoinParts(" ", "scalar", scalar.Name.Value, Directives(scalar.Directives)),
        ObjectTypeDefinitionNode type => Description(type.Description)
            + FieldsType("type", type.Name, type.Interfaces, type.Directives, type.Fields),
        InterfaceTypeDefinitionNode type => Description(type.Description)
            + FieldsType("interface", type.Name, type.Interfaces, type.Directives, type.Fields),
        UnionTypeDefinitionNode union => Description(union.Description)
            + UnionType("union", union.Name, union.Directives, union.Types),
        EnumTypeDefinitionNode enumType => Description(enumType.Description)
            + JoinParts(" ", "enum", enumType.Name.Value, Directives(enumType.Directives), Block(enumType.Values)),
        InputObjectTypeDefinitionNode input => Description(input.Description)
            + JoinParts(" ", "input", input.Name.Value, Directives(input.Directives), Block(input.Fields)),
        DirectiveDefinitionNode directive => PrintDirectiveDefinition(directive),
        _ => throw new ArgumentException("Cannot print a node of kind " + node.Kind + ".", nameof(node)),
    };

    private static string PrintTypeSystemExtension(TypeSystemExtensionNode node) => node switch
    {
        SchemaExtensionNode schema =>
            JoinParts(" ", "extend schema", Directives(schema.Directives), Block(schema.OperationTypes)),
        ScalarTypeExtensionNode scalar => JoinParts(" ", "extend scalar", scalar.Name.Value, Directives(scalar.Directives)),
        ObjectTypeExtensionNode type =>
            FieldsType("extend type", type.Name, type.Interfaces, type.Directives, type.Fields),
        InterfaceTypeExtensionNode type =>
            FieldsType("extend interface", type.Name, type.Interfaces, type.Directives, type.Fields),
        UnionTypeExtensionNode union => UnionType("extend union", union.Name, union.Directives, union.Types),
        EnumTypeExtensionNode enumType =>
            JoinParts(" ", "extend enum", enumType.Name.Value, Directives(enumType.Directives), Block(enumType.Values)),
        InputObjectTypeExtensionNode input =>
            JoinParts(" ", "extend input", input.Name.Value, Directives(input.Directives), Block(input.Fields)),
        _ => throw new ArgumentException("Cannot print a node of kind " + node.Kind + ".", nameof(node)),
    };

    private static string FieldsType(
        string keyword,
        NameNode name,
        IReadOnlyList<NamedTypeNode> interfaces,
        IReadOnlyList<DirectiveNode> directives,
        IReadOnlyList<FieldDefinitionNode> fields) =>
        JoinParts(
            " ",
            keyword,
            name.Value,
            Wrap("implements ", Join(interfaces, " & ")),
            Directives(directives),
            Block(fields));

    private static string UnionType(
        string keyword, NameNode name, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<NamedTypeNode> types) =>
        JoinParts(" ", keyword, name.Value, Directives(directives), Wrap("= ", Join(types, " | ")));

    private static string PrintFieldDefinition(FieldDefinitionNode field) =>
        Description(field.Description)
        + field.Name.Value
        + ArgumentDefinitions(field.Arguments)
        + ": " + PrintType(field.Type)
        + Wrap(" ", Directives(field.Directives));

    private static string PrintInputValueDefinition(InputValueDefinitionNode input) =>
        Description(input.Description)
        + JoinParts(
            " ",
            input.Name.Value + ": " + PrintType(input.Type),
            Wrap("= ", input.DefaultValue is null ? null : PrintValue(input.DefaultValue)),
            Directives(input.Directives));

    private static string PrintDirectiveDefinition(DirectiveDefinitionNode directive) =>
        Description(directive.Description)
        + "directive @" + directive.Name.Value
        + ArgumentDefinitions(directive.Arguments)
        + (directive.IsRepeatable ? " repeatable" : string.Empty)
        + " on " + Join(directive.Locations, " | ");

    /// <summary>Argument definitions on one line, or one per line (indented) when any spans several lines.</summary>
    private static string ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        var printed = PrintAll(arguments);
        return HasMultilineItems(printed)
            ? Wrap("(\n", Indent(Join(printed, "\n")), "\n)")
            : Wrap("(", Join(printed, ", "), ")");
    }
}
