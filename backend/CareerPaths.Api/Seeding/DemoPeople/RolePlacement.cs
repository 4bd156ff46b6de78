using CareerPaths.Api.Data.Roles;
using CareerPaths.Api.Seeding.Catalogue;

namespace CareerPaths.Api.Seeding.DemoPeople;

/// <summary>
/// Chooses the current role for each seat: the top of the career ladder for the head of the organisation,
/// strategic or tactical roles for unit heads and team leads, operational ones for staff, always preferring
/// roles that fit the unit (<see cref="UnitRoleAffinity"/>). Each strategic role is held by one person at most.
/// </summary>
internal sealed class RolePlacement(SeedCatalogue catalogue)
{
    private readonly HashSet<string> _strategicTaken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(RoleSeed Role, int Score)>> _scoresByUnit = new(StringComparer.Ordinal);

    public RoleSeed Choose(Position position, SplitMix64 random)
    {
        var role = position.Level == PositionLevel.OrganisationHead && TopOfTheLadder() is { } top
            ? top
            : ChooseByTier(position, random);
        if (role.Tier == RoleTier.Strategic)
        {
            _strategicTaken.Add(role.Code);
        }
        return role;
    }

    /// <summary>The strategic role every ladder leads to: no curated move out of it, the most moves into it.</summary>
    private RoleSeed? TopOfTheLadder() =>
        catalogue.Roles
            .Where(role => role.Tier == RoleTier.Strategic && !_strategicTaken.Contains(role.Code))
            .Where(role => !catalogue.Transitions.Any(transition => transition.From == role.Code))
            .OrderByDescending(role => catalogue.Transitions.Count(transition => transition.To == role.Code))
            .FirstOrDefault();

    private RoleSeed ChooseByTier(Position position, SplitMix64 random)
    {
        if (!_scoresByUnit.TryGetValue(position.Unit.Code, out var scored))
        {
            scored = [.. catalogue.Roles.Select(role => (role, UnitRoleAffinity.Score(position.Unit, role)))];
            _scoresByUnit[position.Unit.Code] = scored;
        }
        var isHead = position.Level is PositionLevel.OrganisationHead or PositionLevel.UnitHead;
        foreach (var candidates in CandidateSets(position, scored))
        {
            if (candidates.Count == 0)
            {
                continue;
            }
            if (isHead)
            {
                // A unit is led by the role that fits it best; among equals, by the one more careers lead to.
                var best = candidates.Max(candidate => (candidate.Score, Seniority(candidate.Role)));
                return random.Pick(candidates.Where(candidate => (candidate.Score, Seniority(candidate.Role)) == best).ToList()).Role;
            }
            return random.PickWeighted(candidates, candidate => Math.Max(1, candidate.Score * candidate.Score * candidate.Score)).Role;
        }
        return random.Pick(catalogue.Roles);
    }

    private int Seniority(RoleSeed role) => catalogue.Transitions.Count(transition => transition.To == role.Code);

    private IEnumerable<List<(RoleSeed Role, int Score)>> CandidateSets(Position position, List<(RoleSeed Role, int Score)> scored)
    {
        List<(RoleSeed Role, int Score)> Where(RoleTier tier, bool mustFit) =>
            [.. scored.Where(candidate => candidate.Role.Tier == tier && (!mustFit || candidate.Score > 0)
                                          && !(tier == RoleTier.Strategic && _strategicTaken.Contains(candidate.Role.Code)))];

        if (position.Level == PositionLevel.OrganisationHead || (position.Level == PositionLevel.UnitHead && position.UnitDepth == 1))
        {
            yield return Where(RoleTier.Strategic, mustFit: true);
        }
        if (position.Level == PositionLevel.Staff)
        {
            yield return Where(RoleTier.Operational, mustFit: true);
            yield return Where(RoleTier.Tactical, mustFit: true);
            yield return Where(RoleTier.Operational, mustFit: false);
        }
        yield return Where(RoleTier.Tactical, mustFit: true);
        yield return Where(RoleTier.Tactical, mustFit: false);
    }
}
