using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Limits;

/// <summary>An operation may select at most <see cref="QueryLimits.MaxFields"/> fields, every fragment spread expanded.</summary>
public sealed class FieldCountLimit : ExpandedSelectionLimit
{
    protected override long? Maximum(QueryLimits limits) => limits.MaxFields;

    protected override long AddField(long total, FieldNode field, int depth) => Saturating.Add(total, 1);

    protected override long AddFragment(long total, long fragment, int depth) => Saturating.Add(total, fragment);

    protected override string Message(long actual, long maximum) =>
        $"The query selects {actual} fields (fragments expanded), more than the maximum of {maximum}.";

    protected override ExpandedSelectionLimit CreateForDocument() => new FieldCountLimit();
}
