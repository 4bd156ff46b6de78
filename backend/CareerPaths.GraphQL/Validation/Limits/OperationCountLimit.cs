using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Limits;

/// <summary>A document may hold at most <see cref="QueryLimits.MaxOperations"/> operations.</summary>
public sealed class OperationCountLimit() : ValidationRule([SyntaxKind.Document])
{
    public override ValidationRule? ForDocument(ValidationContext context) => context.Options.Limits?.MaxOperations is null ? null : this;

    public override void Enter(ValidationContext context, SyntaxNode node)
    {
        var maximum = context.Options.Limits!.MaxOperations!.Value;
        var operations = context.Operations;
        if (operations.Count > maximum)
        {
            context.ReportError(LimitError.Exceeded(
                $"The document has {operations.Count} operations, more than the maximum of {maximum}.",
                operations[maximum],
                maximum,
                operations.Count));
        }
    }
}
