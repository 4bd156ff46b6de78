using CareerPaths.Matching.Catalogue;

namespace CareerPaths.Matching.Paths;

/// <summary>Finds the segregation-of-duties rule (lowest id first) two roles break when one person holds both.</summary>
internal sealed class SegregationOfDuties(IReadOnlyList<SegregationOfDutiesRule> rules)
{
    private readonly SegregationOfDutiesRule[] _rules = [.. rules.OrderBy(r => r.Id)];

    public SegregationOfDutiesRule? Conflict(RoleProfile a, RoleProfile b)
    {
        if (a.Id == b.Id)
        {
            return null;
        }
        foreach (var rule in _rules)
        {
            if ((rule.First.Covers(a) && rule.Second.Covers(b)) || (rule.First.Covers(b) && rule.Second.Covers(a)))
            {
                return rule;
            }
        }
        return null;
    }
}
