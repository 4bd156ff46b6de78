using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Limits;

/// <summary>An operation may use at most <see cref="QueryLimits.MaxAliases"/> aliases, every fragment spread expanded.</summary>
public sealed class AliasLimit : ExpandedSelectionLimit
{
    protected override long? Maximum(QueryLimits limits) => limits.MaxAliases;

    protected override long AddField(long total, FieldNode field, int depth) => field.Alias is null ? total : Saturating.Add(total, 1);

    protected override long AddFragment(long total, long fragment, int depth) => Saturating.Add(total, fragment);

    protected override string Message(long actual, long maximum) =>
        $"The query uses {actual} aliases (fragments expanded), more than the maximum of {maximum}.";

    protected override ExpandedSelectionLimit CreateForDocument() => new AliasLimit();
}
