namespace CareerPaths.Api.Seeding.DemoPeople;

/// <summary>
/// What the generator is given besides the catalogue. It reads no clock: every date is relative to
/// <see cref="ReferenceDate"/>, so the same settings always give the same people.
/// </summary>
public sealed record DemoPeopleSettings(ulong Seed, int Count, DateOnly ReferenceDate)
{
    /// <summary>The settings that produce the committed <c>seed-data/people.json</c>.</summary>
    public static DemoPeopleSettings Default { get; } = new(Seed: 42, Count: 120, ReferenceDate: new DateOnly(2026, 11, 1));
}
