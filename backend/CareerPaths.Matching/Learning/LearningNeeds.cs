namespace CareerPaths.Matching.Learning;

/// <summary>A skill to bring from <paramref name="CurrentLevel"/> up to <paramref name="RequiredLevel"/>.</summary>
public sealed record SkillNeed(int SkillId, double RequiredLevel, double CurrentLevel)
{
    public double Gap => Math.Max(0, RequiredLevel - CurrentLevel);
}

/// <summary>A missing certification requirement: earning any one of <paramref name="AnyOf"/> closes it.</summary>
public sealed record CertificationNeed(IReadOnlyList<int> AnyOf);
