using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Limits;

/// <summary>Fields may nest at most <see cref="QueryLimits.MaxDepth"/> deep, counted through fragments.</summary>
public sealed class DepthLimit : ExpandedSelectionLimit
{
    protected override long? Maximum(QueryLimits limits) => limits.MaxDepth;

    protected override long AddField(long total, FieldNode field, int depth) => Math.Max(total, depth);

    protected override long AddFragment(long total, long fragment, int depth) => Math.Max(total, depth + fragment);

    protected override string Message(long actual, long maximum) => $"Query depth {actual} exceeds the maximum of {maximum}.";

    protected override ExpandedSelectionLimit CreateForDocument() => new DepthLimit();
}
