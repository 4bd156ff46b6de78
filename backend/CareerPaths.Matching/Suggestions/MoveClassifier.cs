using CareerPaths.Matching.Model;

namespace CareerPaths.Matching.Suggestions;

/// <summary>
/// Promotion / lateral / step back. With a current role: a higher tier (strategic &gt; tactical &gt; operational) is a
/// promotion and a lower one a step back; within a tier the seniority signal (importance-weighted mean required
/// level) decides, lateral within ± the seniority margin. Without a current role: the role's seniority against the
/// person's own importance-weighted mean level over that role's skills, with the same margin.
/// </summary>
internal static class MoveClassifier
{
    public static MoveKind Classify(IndexedRole? current, IndexedRole candidate, ReadOnlySpan<double> levelsForCandidate, double margin)
    {
        if (current is not null && current.Profile.Tier != candidate.Profile.Tier)
        {
            return candidate.Profile.Tier > current.Profile.Tier ? MoveKind.Promotion : MoveKind.StepBack;
        }
        var reference = current?.Seniority ?? PersonSeniority(candidate, levelsForCandidate);
        var difference = candidate.Seniority - reference;
        return difference > margin ? MoveKind.Promotion : difference < -margin ? MoveKind.StepBack : MoveKind.Lateral;
    }

    private static double PersonSeniority(IndexedRole role, ReadOnlySpan<double> levels)
    {
        double weighted = 0, importance = 0;
        for (var q = 0; q < role.RequirementCount; q++)
        {
            weighted += role.Importances[q] * levels[q];
            importance += role.Importances[q];
        }
        return importance > 0 ? weighted / importance : 0;
    }
}
