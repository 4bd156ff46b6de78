using CareerPaths.Matching.Learning;
using CareerPaths.Matching.Model;

namespace CareerPaths.Matching.Paths;

/// <summary>The months one step takes, given the roles walked before it.</summary>
internal static class PathStepCost
{
    public static StepCost Of(MatchingCatalogue catalogue, PersonSnapshot person, int[] walked, int walkedCount, CareerEdge edge)
    {
        var role = catalogue.Roles[edge.To];
        var state = new PathState(catalogue, person, walked, walkedCount);
        var current = state.CurrentFor(role);
        var satisfied = state.SatisfiedGroups(role);
        var learning = RoleLearning.Close(catalogue, role, current, satisfied, essentialOnly: false, LearningObjective.Hours);
        var learningMonths = learning.TotalHours / catalogue.Options.DevelopmentHoursPerMonth;
        var months = edge.Kind == EdgeKind.Curated ? Math.Max(learningMonths, edge.TypicalYears * 12) : learningMonths;
        return new StepCost(months, learning, current, satisfied);
    }
}

internal sealed record StepCost(double Months, RoleLearningResult Learning, double[] Current, bool[] Satisfied);
