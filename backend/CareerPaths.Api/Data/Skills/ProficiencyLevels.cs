namespace CareerPaths.Api.Data.Skills;

/// <summary>
/// The one proficiency scale every skill uses, aligned with SFIA's seven levels of responsibility.
/// Evidence may say 0 (none); a requirement or a level descriptor is always 1–7.
/// </summary>
public static class ProficiencyLevels
{
    public const int None = 0;
    public const int Lowest = 1;
    public const int Highest = 7;
}
