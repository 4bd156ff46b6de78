using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Language;

// Values (spec §2.9) and type references (spec §2.11).
public static partial class Printer
{
    private static string PrintValue(ValueNode value) => value switch
    {
        VariableNode variable => "$" + variable.Name.Value,
        IntValueNode number => number.Value,
        FloatValueNode number => number.Value,
        StringValueNode text => PrintString(text),
        BooleanValueNode boolean => boolean.Value ? "true" : "false",
        NullValueNode => "null",
        EnumValueNode enumValue => enumValue.Value,
        ListValueNode list => PrintList(list),
        ObjectValueNode obj => PrintObject(obj),
        _ => throw new ArgumentException("Cannot print a value of kind " + value.Kind + ".", nameof(value)),
    };

    private static string PrintList(ListValueNode list)
    {
        var values = PrintAll(list.Values);
        var line = "[" + Join(values, ", ") + "]";
        return line.Length > MaxLineLength ? "[\n" + Indent(Join(values, "\n")) + "\n]" : line;
    }

    private static string PrintObject(ObjectValueNode obj)
    {
        var fields = PrintAll(obj.Fields);
        var line = "{ " + Join(fields, ", ") + " }";
        return line.Length > MaxLineLength ? Wrap("{\n", Indent(Join(fields, "\n")), "\n}") : line;
    }

    private static string PrintType(TypeNode type) => type switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => "[" + PrintType(list.Type) + "]",
        NonNullTypeNode nonNull => PrintType(nonNull.Type) + "!",
        _ => throw new ArgumentException("Cannot print a type of kind " + type.Kind + ".", nameof(type)),
    };

    private static string PrintString(StringValueNode text) =>
        text.IsBlock ? PrintBlockString(text.Value) : PrintString(text.Value);
}
