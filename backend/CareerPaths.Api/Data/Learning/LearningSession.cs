namespace CareerPaths.Api.Data.Learning;

/// <summary>One scheduled run of an offering; a cohort fills one session.</summary>
public class LearningSession
{
    public int Id { get; set; }

    public int LearningOfferingId { get; set; }

    public required string Code { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly EndsOn { get; set; }

    public LearningOffering LearningOffering { get; set; } = null!;
}
