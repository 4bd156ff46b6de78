using System.Runtime.CompilerServices;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation;

/// <summary>
/// The one traversal of a validation: visits every node graphql-js's validator visits (type-system definitions
/// too, because directives and types there are still checked), in the same order, keeping the type info and
/// the node path current and calling the rules that asked for each node kind. Name nodes are skipped: no
/// rule looks at them. Recursion follows the tree only — the parser bounds its depth — never fragment spreads.
/// </summary>
internal sealed partial class DocumentWalker(ValidationContext context, ValidationRuleSet rules, ValidationRule?[] visitors)
{
    private readonly TypeInfo _typeInfo = context.TypeInfo;
    private int _variableDefinitionDepth;

    public void Walk(DocumentNode document) => Visit(document);

    private void Visit(SyntaxNode node)
    {
        var kind = node.Kind;
        _typeInfo.Enter(node);
        context.Push(node);
        Notify(node, kind);
        foreach (var index in rules.EnterByKind[(int)kind])
        {
            visitors[index]?.Enter(context, node);
        }

        VisitChildren(node, kind);
        foreach (var index in rules.LeaveByKind[(int)kind])
        {
            visitors[index]?.Leave(context, node);
        }

        NotifyLeave(kind);
        context.Pop();
        _typeInfo.Leave(node);
    }

    // What the context records for itself: which definition is current, and where variables are used.
    private void Notify(SyntaxNode node, SyntaxKind kind)
    {
        switch (kind)
        {
            case SyntaxKind.OperationDefinition or SyntaxKind.FragmentDefinition:
                context.BeginDefinition((ExecutableDefinitionNode)node);
                break;
            case SyntaxKind.VariableDefinition:
                _variableDefinitionDepth++;
                break;
            case SyntaxKind.Variable when _variableDefinitionDepth == 0:
                context.RecordVariableUsage((VariableNode)node);
                break;
            case SyntaxKind.SelectionSet or SyntaxKind.ListValue or SyntaxKind.ObjectValue or SyntaxKind.ListType:
                // Bounded by the parser's depth limit; this guards trees built by hand.
                RuntimeHelpers.EnsureSufficientExecutionStack();
                break;
        }
    }

    private void NotifyLeave(SyntaxKind kind)
    {
        switch (kind)
        {
            case SyntaxKind.OperationDefinition or SyntaxKind.FragmentDefinition:
                context.EndDefinition();
                break;
            case SyntaxKind.VariableDefinition:
                _variableDefinitionDepth--;
                break;
        }
    }

    private void VisitAll<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            Visit(nodes[i]);
        }
    }

    private void VisitOptional(SyntaxNode? node)
    {
        if (node is not null)
        {
            Visit(node);
        }
    }
}
