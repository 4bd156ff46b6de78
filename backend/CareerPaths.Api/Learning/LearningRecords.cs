using System.Linq.Expressions;
using CareerPaths.Api.Data.Learning;

namespace CareerPaths.Api.Learning;

/// <summary>A learning offering of the catalogue as the API reads it.</summary>
public sealed record LearningOfferingRecord(
    int Id, string Code, string Title, LearningOfferingKind Kind, string Provider, LearningFormat Format,
    decimal Hours, decimal CostAmount, string CostCurrency, int Capacity, int? CertificationId)
{
    public static readonly Expression<Func<LearningOffering, LearningOfferingRecord>> Projection = offering => new LearningOfferingRecord(
        offering.Id, offering.Code, offering.Title, offering.Kind, offering.Provider, offering.Format,
        offering.Hours, offering.CostAmount, offering.CostCurrency, offering.Capacity, offering.CertificationId);
}

/// <summary>A skill an offering raises, and the level it can take a participant to.</summary>
public sealed record LearningCoverageRecord(int OfferingId, int SkillId, int ToLevel);

/// <summary>One scheduled run of an offering.</summary>
public sealed record LearningSessionRecord(int OfferingId, string Code, DateOnly StartsOn, DateOnly EndsOn);
