namespace CareerPaths.Api.Tests.Matching;

/// <summary>A clock a test moves by hand (the read model's "today" comes from the host's TimeProvider).</summary>
public sealed class AdjustableClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
