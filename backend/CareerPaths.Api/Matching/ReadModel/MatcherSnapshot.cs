using CareerPaths.Matching;
using CareerPaths.Matching.Catalogue;
using CareerPaths.Matching.Model;

namespace CareerPaths.Api.Matching.ReadModel;

/// <summary>
/// One immutable state of the read model: the matcher built from the data of <see cref="Stamp"/> on
/// <see cref="ReferenceDate"/>, and the records it was built from (a new date rebuilds the workforce from them).
/// </summary>
public sealed class MatcherSnapshot
{
    internal MatcherSnapshot(LoadedCatalogue catalogue, MatchingCatalogue built, LoadedPeople people, MatcherDataStamp stamp, DateOnly referenceDate)
    {
        Catalogue = catalogue;
        BuiltCatalogue = built;
        People = people;
        Stamp = stamp;
        ReferenceDate = referenceDate;
        Matcher = new Matcher(Workforce.Build(built, people.People, people.OrgUnits, referenceDate));
        _offerings = new(() => catalogue.Data.Offerings.ToDictionary(offering => offering.Id));
    }

    private readonly Lazy<Dictionary<int, LearningOffering>> _offerings;

    public Matcher Matcher { get; }

    public MatcherDataStamp Stamp { get; }

    public DateOnly ReferenceDate { get; }

    /// <summary>The currencies offerings are priced in; cost answers need exactly one.</summary>
    public IReadOnlyList<string> Currencies => Catalogue.Currencies;

    internal LoadedCatalogue Catalogue { get; }

    internal MatchingCatalogue BuiltCatalogue { get; }

    internal LoadedPeople People { get; }

    /// <summary>The learning offering of the catalogue with this id; null for an unknown id.</summary>
    public LearningOffering? Offering(int offeringId) => _offerings.Value.GetValueOrDefault(offeringId);

    /// <summary>Whether the org tree has this unit.</summary>
    public bool HasOrgUnit(int orgUnitId) => People.OrgUnits.Any(unit => unit.Id == orgUnitId);

    /// <summary>Answers for a request that read <paramref name="stamp"/> on <paramref name="today"/> may come from here.</summary>
    public bool Serves(MatcherDataStamp stamp, DateOnly today) => ReferenceDate == today && Stamp.IsAtLeast(stamp);
}
