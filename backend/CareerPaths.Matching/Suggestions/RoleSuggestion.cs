using CareerPaths.Matching.Fit;

namespace CareerPaths.Matching.Suggestions;

/// <summary>What taking a role would mean relative to where the person is.</summary>
public enum MoveKind
{
    Promotion = 0,
    Lateral = 1,
    StepBack = 2,
}

/// <summary>One suggested role for a person.</summary>
/// <param name="Score">Ranking score: ½·fit + ½·similarity percentile with a current role, fit alone without.</param>
/// <param name="SimilarityPercentile">Where the role ranks by similarity to the current role among all other roles: 1 most similar, 0 least; null without a current role.</param>
public sealed record RoleSuggestion(
    int RoleId,
    MoveKind Move,
    double Score,
    double Fit,
    double? SimilarityPercentile,
    ReadinessEstimate Readiness);
