using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Validation.Limits;

/// <summary>
/// Each operation may cost at most <see cref="QueryLimits.MaxCost"/> (see <see cref="CostAnalyzer"/>). At
/// validation the variables' values are unknown, so this is the first check; execution repeats it with them.
/// </summary>
public sealed class CostLimit() : ValidationRule([], [SyntaxKind.Document])
{
    public override ValidationRule? ForDocument(ValidationContext context) => context.Options.Limits?.MaxCost is null ? null : this;

    public override void Leave(ValidationContext context, SyntaxNode node)
    {
        var maximum = context.Options.Limits!.MaxCost!.Value;
        foreach (var operation in context.Operations)
        {
            var cost = CostAnalyzer.Compute(context.Schema, context.Fragments, operation);
            if (cost > maximum)
            {
                context.ReportError(CostAnalyzer.Exceeded(operation, cost, maximum));
            }
        }
    }
}
