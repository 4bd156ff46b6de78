using CareerPaths.Matching.Model;

namespace CareerPaths.Matching.Fit;

/// <summary>Fit = Σ wᵢ·min(effᵢ, reqᵢ)/reqᵢ ÷ Σ wᵢ; wᵢ = importance × (essential ? factor : 1).</summary>
internal static class RoleFit
{
    /// <summary>
    /// Terms are summed in requirement order, the order <see cref="IndexedRole.TotalWeight"/> was summed in; each
    /// term is at most its weight and rounding is monotone, so the result stays in [0, 1] and never drops when a
    /// level rises.
    /// </summary>
    public static double Of(IndexedRole role, ReadOnlySpan<double> current)
    {
        if (role.RequirementCount == 0 || role.TotalWeight <= 0)
        {
            return 1;
        }
        var sum = 0.0;
        for (var q = 0; q < role.RequirementCount; q++)
        {
            sum += role.Weights[q] * Math.Min(current[q], role.Levels[q]) / role.Levels[q];
        }
        return sum / role.TotalWeight;
    }

    /// <summary>The same sum over packed levels gathered by skill column (one person's row).</summary>
    public static double OfRow(IndexedRole role, ReadOnlySpan<byte> row)
    {
        if (role.RequirementCount == 0 || role.TotalWeight <= 0)
        {
            return 1;
        }
        var sum = 0.0;
        for (var q = 0; q < role.RequirementCount; q++)
        {
            sum += role.Weights[q] * Math.Min(row[role.Columns[q]] & Workforce.LevelMask, role.Levels[q]) / role.Levels[q];
        }
        return sum / role.TotalWeight;
    }
}
