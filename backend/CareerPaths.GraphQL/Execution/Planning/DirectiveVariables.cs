using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Execution.Planning;

/// <summary>Finds <c>@skip</c>/<c>@include</c> whose <c>if</c> uses a variable: field collection then varies per request.</summary>
internal static class DirectiveVariables
{
    public static bool AnyIn(DocumentNode document)
    {
        var pending = new Stack<SelectionSetNode>();
        foreach (var definition in document.Definitions)
        {
            if (definition is ExecutableDefinitionNode executable)
            {
                pending.Push(executable.SelectionSet);
            }
        }

        while (pending.Count > 0)
        {
            foreach (var selection in pending.Pop().Selections)
            {
                if (UsesVariable(selection.Directives))
                {
                    return true;
                }

                switch (selection)
                {
                    case FieldNode { SelectionSet: { } set }:
                        pending.Push(set);
                        break;
                    case InlineFragmentNode inline:
                        pending.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        return false;
    }

    private static bool UsesVariable(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value is "skip" or "include")
            {
                foreach (var argument in directive.Arguments)
                {
                    if (CollectedField.ValueUsesVariables(argument.Value))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
