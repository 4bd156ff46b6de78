using CareerPaths.Matching.Fit;
using CareerPaths.Matching.Model;

namespace CareerPaths.Matching.Paths;

/// <summary>
/// The k best development paths from a person's current role to a target role over curated transitions and
/// skill-similarity edges. A person without a (published) current role starts from their skills: the first step
/// may go to any of the roles they fit best (as many as a role has similarity edges). Routes through roles that
/// break a segregation-of-duties rule are returned and flagged, never dropped.
/// </summary>
public static class DevelopmentPaths
{
    public static IReadOnlyList<DevelopmentPath> Find(Workforce workforce, int personId, int targetRoleId, int first, int? maxSteps = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(first);
        var catalogue = workforce.Catalogue;
        var target = catalogue.Role(targetRoleId);
        var person = PersonSnapshot.Of(workforce, personId);
        var steps = maxSteps ?? catalogue.Options.MaxPathSteps;
        ArgumentOutOfRangeException.ThrowIfNegative(steps, nameof(maxSteps));
        var routes = PathSearch.Run(catalogue, person, person.CurrentRole, StartEdges(catalogue, person), target.Index, first, steps);
        return [.. routes.Select(r => Describe(catalogue, person, r))];
    }

    /// <summary>From the person's skills alone: skill-similarity edges to the roles they fit best (ties by id).</summary>
    internal static CareerEdge[] StartEdges(MatchingCatalogue catalogue, PersonSnapshot person)
    {
        if (person.CurrentRole >= 0)
        {
            return catalogue.Graph.Outgoing[person.CurrentRole];
        }
        return [.. catalogue.Roles
            .OrderByDescending(r => RoleFit.OfRow(r, person.Row)).ThenBy(r => r.Index)
            .Take(catalogue.Options.SimilarityEdgesPerRole)
            .OrderBy(r => r.Index)
            .Select(r => new CareerEdge(r.Index, EdgeKind.SkillSimilarity, 0))];
    }

    private static DevelopmentPath Describe(MatchingCatalogue catalogue, PersonSnapshot person, FoundRoute route)
    {
        var steps = new List<PathStep>();
        for (var i = 0; i < route.Walked.Length; i++)
        {
            var edge = route.Edges[i];
            var role = catalogue.Roles[edge.To];
            var cost = PathStepCost.Of(catalogue, person, route.Walked, i, edge);
            var from = i == 0 ? person.CurrentRole : route.Walked[i - 1];
            var closes = Enumerable.Range(0, role.RequirementCount)
                .Where(q => cost.Current[q] < role.Levels[q])
                .Select(q => new StepSkillGap(catalogue.Skills.Ids[role.Columns[q]], cost.Current[q], role.Levels[q], role.Essential[q]))
                .ToList();
            var earns = Enumerable.Range(0, role.RequiredGroups.Length).Where(g => !cost.Satisfied[g])
                .Select(g => role.RequiredGroupIds[g]).ToList();
            steps.Add(new PathStep(
                from >= 0 ? catalogue.Roles[from].Id : null, role.Id, edge.Kind,
                edge.Kind == EdgeKind.Curated ? edge.TypicalYears : null, closes, earns,
                cost.Learning.OfferingIds(catalogue),
                cost.Learning.OfferingHours, cost.Learning.SelfStudyHours, cost.Months,
                Conflicts(catalogue, role, from, person.CurrentRole)));
        }
        return new DevelopmentPath(steps, route.Months, steps.Sum(s => s.OfferingHours + s.SelfStudyHours), steps.Any(s => s.Conflicts.Count > 0));
    }

    /// <summary>The step's role against the role handed over at this step and the role the person holds now.</summary>
    private static List<SegregationConflict> Conflicts(MatchingCatalogue catalogue, IndexedRole role, int previous, int heldNow)
    {
        var conflicts = new List<SegregationConflict>();
        foreach (var other in new[] { previous, heldNow }.Where(r => r >= 0).Distinct())
        {
            var otherRole = catalogue.Roles[other].Profile;
            if (catalogue.Segregation.Conflict(role.Profile, otherRole) is { } rule)
            {
                conflicts.Add(new SegregationConflict(rule.Id, otherRole.Id, rule.Reason));
            }
        }
        return conflicts;
    }
}
