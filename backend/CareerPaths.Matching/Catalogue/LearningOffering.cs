namespace CareerPaths.Matching.Catalogue;

/// <summary>A course, certification preparation, mentoring or stretch assignment from the learning catalogue.</summary>
/// <param name="Raises">Skills it raises, each <em>to</em> a level (not by a number of levels).</param>
/// <param name="CostPerSeat">Money per participant (one currency across the catalogue; the API converts).</param>
/// <param name="CostPerSession">Money per session that runs at all (trainer, room); 0 when priced per seat only.</param>
/// <param name="Capacity">Seats per session.</param>
/// <param name="CertificationId">The certification it prepares for, if any.</param>
public sealed record LearningOffering(
    int Id,
    double Hours,
    double CostPerSeat,
    double CostPerSession,
    int Capacity,
    IReadOnlyList<SkillLevel> Raises,
    int? CertificationId,
    IReadOnlyList<OfferingSession> Sessions);

/// <summary>One scheduled run of an offering; both dates inclusive.</summary>
public sealed record OfferingSession(int Id, DateOnly Starts, DateOnly Ends)
{
    public bool Overlaps(OfferingSession other) => Starts <= other.Ends && other.Starts <= Ends;
}
