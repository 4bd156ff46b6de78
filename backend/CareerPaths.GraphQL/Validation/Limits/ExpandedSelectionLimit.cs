using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Limits;

/// <summary>
/// A limit on a measure of each operation with its fragments expanded (depth, fields, aliases), computed
/// without expanding anything: the traversal measures each operation and fragment on its own and notes where
/// it spreads which fragment; at the end fragments are combined dependencies first, each once, so a fragment
/// spread twice at every level costs linear time and its count grows (saturating) as the expansion would.
/// </summary>
public abstract class ExpandedSelectionLimit() : ValidationRule(
    [SyntaxKind.OperationDefinition, SyntaxKind.FragmentDefinition, SyntaxKind.Field, SyntaxKind.FragmentSpread],
    [SyntaxKind.Field, SyntaxKind.Document])
{
    private readonly Dictionary<ExecutableDefinitionNode, Measure> _measures = new(ReferenceEqualityComparer.Instance);
    private Measure? _current;
    private int _depth;

    /// <summary>The configured maximum, or null when this limit is off.</summary>
    protected abstract long? Maximum(QueryLimits limits);

    /// <summary>The running measure of a definition after one more field, at 1-based field depth.</summary>
    protected abstract long AddField(long total, FieldNode field, int depth);

    /// <summary>The running measure after a spread, at <paramref name="depth"/> fields deep, of a fragment measuring <paramref name="fragment"/>.</summary>
    protected abstract long AddFragment(long total, long fragment, int depth);

    protected abstract string Message(long actual, long maximum);

    protected abstract ExpandedSelectionLimit CreateForDocument();

    public override ValidationRule? ForDocument(ValidationContext context) =>
        context.Options.Limits is { } limits && Maximum(limits) is not null ? CreateForDocument() : null;

    public override void Enter(ValidationContext context, SyntaxNode node)
    {
        switch (node)
        {
            case ExecutableDefinitionNode definition:
                _current = new Measure();
                _measures[definition] = _current;
                _depth = 0;
                break;
            case FieldNode field when _current is not null:
                _depth++;
                _current.Total = AddField(_current.Total, field, _depth);
                break;
            case FragmentSpreadNode spread when _current is not null:
                _current.Spreads.Add((spread.Name.Value, _depth));
                break;
        }
    }

    public override void Leave(ValidationContext context, SyntaxNode node)
    {
        if (node is FieldNode)
        {
            _depth--;
            return;
        }

        var maximum = Maximum(context.Options.Limits!)!.Value;
        var fragments = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var fragment in context.Fragments.DependenciesFirst())
        {
            // With a name defined twice, spreads go to the last definition only.
            if (ReferenceEquals(context.GetFragment(fragment.Name.Value), fragment))
            {
                fragments[fragment.Name.Value] = Expanded(_measures[fragment], fragments);
            }
        }

        foreach (var operation in context.Operations)
        {
            var actual = Expanded(_measures[operation], fragments);
            if (actual > maximum)
            {
                context.ReportError(LimitError.Exceeded(Message(actual, maximum), operation, maximum, actual));
            }
        }
    }

    // A spread of a fragment not measured yet closes a cycle (or names no fragment): it adds nothing.
    private long Expanded(Measure measure, Dictionary<string, long> fragments)
    {
        var total = measure.Total;
        foreach (var (name, depth) in measure.Spreads)
        {
            if (fragments.TryGetValue(name, out var fragment))
            {
                total = AddFragment(total, fragment, depth);
            }
        }

        return total;
    }

    private sealed class Measure
    {
        public long Total { get; set; }

        public List<(string Name, int Depth)> Spreads { get; } = [];
    }
}
