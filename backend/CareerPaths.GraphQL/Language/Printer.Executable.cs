using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Language;

// Operations, selections and fragments (spec §2.3–§2.8, §2.10), laid out as graphql-js prints them.
public static partial class Printer
{
    private static string PrintExecutablePart(SyntaxNode node) => node switch
    {
        OperationDefinitionNode operation => PrintOperation(operation),
        VariableDefinitionNode variable => PrintVariableDefinition(variable),
        SelectionSetNode selectionSet => Block(selectionSet.Selections),
        FieldNode field => PrintField(field),
        ArgumentNode argument => argument.Name.Value + ": " + PrintValue(argument.Value),
        FragmentSpreadNode spread => "..." + spread.Name.Value + Wrap(" ", Directives(spread.Directives)),
        InlineFragmentNode inline => JoinParts(
            " ",
            "...",
            inline.TypeCondition is null ? null : "on " + inline.TypeCondition.Name.Value,
            Directives(inline.Directives),
            Print(inline.SelectionSet)),
        FragmentDefinitionNode fragment => Description(fragment.Description)
            + "fragment " + fragment.Name.Value + " on " + fragment.TypeCondition.Name.Value + " "
            + Wrap(string.Empty, Directives(fragment.Directives), " ")
            + Print(fragment.SelectionSet),
        DirectiveNode directive => "@" + directive.Name.Value + Wrap("(", Join(directive.Arguments, ", "), ")"),
        ObjectFieldNode field => field.Name.Value + ": " + PrintValue(field.Value),
        OperationTypeDefinitionNode operationType =>
            OperationKeyword(operationType.Operation) + ": " + operationType.Type.Name.Value,
        FieldDefinitionNode field => PrintFieldDefinition(field),
        InputValueDefinitionNode input => PrintInputValueDefinition(input),
        EnumValueDefinitionNode value => Description(value.Description)
            + JoinParts(" ", value.Name.Value, Directives(value.Directives)),
        _ => throw new ArgumentException("Cannot print a node of kind " + node.Kind + ".", nameof(node)),
    };

    private static string PrintOperation(OperationDefinitionNode operation)
    {
        var variables = PrintAll(operation.VariableDefinitions);

        // graphql-js puts multi-line variable definitions one per line, without indenting them.
        var variableDefinitions = HasMultilineItems(variables)
            ? Wrap("(\n", Join(variables, "\n"), "\n)")
            : Wrap("(", Join(variables, ", "), ")");
        var prefix = Description(operation.Description) + JoinParts(
            " ",
            OperationKeyword(operation.Operation),
            JoinParts(string.Empty, operation.Name?.Value, variableDefinitions),
            Directives(operation.Directives));

        // An anonymous query without variables or directives prints as the shorthand { … }.
        return (prefix == "query" ? string.Empty : prefix + " ") + Print(operation.SelectionSet);
    }

    private static string PrintVariableDefinition(VariableDefinitionNode variable) =>
        Description(variable.Description)
        + "$" + variable.Variable.Name.Value + ": " + PrintType(variable.Type)
        + Wrap(" = ", variable.DefaultValue is null ? null : PrintValue(variable.DefaultValue))
        + Wrap(" ", Directives(variable.Directives));

    private static string PrintField(FieldNode field)
    {
        var prefix = Wrap(string.Empty, field.Alias?.Value, ": ") + field.Name.Value;
        return JoinParts(
            string.Empty,
            WrappedLineAndArguments(prefix, field.Arguments),
            Wrap(" ", Directives(field.Directives)),
            Wrap(" ", field.SelectionSet is null ? null : Print(field.SelectionSet)));
    }
}
