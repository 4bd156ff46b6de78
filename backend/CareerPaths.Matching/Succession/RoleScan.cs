using System.Numerics;
using CareerPaths.Matching.Fit;
using CareerPaths.Matching.Learning;
using CareerPaths.Matching.Model;

namespace CareerPaths.Matching.Succession;

/// <summary>
/// Fit and readiness of every person for one role in a few column scans. It computes exactly what
/// <see cref="RoleComparer"/> computes for one person (same sums in the same order — a test holds it to that),
/// but requirement by requirement over contiguous columns, and it solves the learning cover once per distinct
/// set of open gap elements instead of once per person.
/// </summary>
internal sealed class RoleScan
{
    private RoleScan(int count)
    {
        Fit = new double[count];
        Readiness = new Readiness[count];
        Months = new double[count];
    }

    public double[] Fit { get; }

    public Readiness[] Readiness { get; }

    public double[] Months { get; }

    public static RoleScan Run(Workforce workforce, IndexedRole role)
    {
        var catalogue = workforce.Catalogue;
        var n = workforce.Count;
        var scan = new RoleScan(n);
        if (role.Cover is null)
        {
            scan.OnePersonAtATime(workforce, role);
            return scan;
        }
        var open = new ulong[n];
        var selfStudy = new double[n];
        var hoursPerLevel = catalogue.Options.UncoveredHoursPerLevel;
        for (var q = 0; q < role.RequirementCount; q++)
        {
            var column = workforce.Levels.AsSpan(role.Columns[q] * n, n);
            double weight = role.Weights[q], level = role.Levels[q];
            var bit = role.Essential[q] ? 1UL << q : 0;
            var uncoverable = bit != 0 && (role.Cover.Coverable & bit) == 0;
            for (var p = 0; p < n; p++)
            {
                var effective = column[p] & Workforce.LevelMask;
                scan.Fit[p] += weight * Math.Min(effective, level) / level;
                if (effective < level && bit != 0)
                {
                    open[p] |= bit;
                    if (uncoverable) selfStudy[p] += (level - effective) * hoursPerLevel;
                }
            }
        }
        MarkMissingCertifications(workforce, role, open, selfStudy);
        scan.Classify(workforce, role, open, selfStudy);
        return scan;
    }

    private static void MarkMissingCertifications(Workforce workforce, IndexedRole role, ulong[] open, double[] selfStudy)
    {
        for (var g = 0; g < role.RequiredGroups.Length; g++)
        {
            var bit = 1UL << (role.RequirementCount + g);
            var uncoverable = (role.Cover!.Coverable & bit) == 0;
            for (var word = 0; word < (workforce.Count + 63) / 64; word++)
            {
                var held = 0UL;
                foreach (var c in role.RequiredGroups[g]) held |= workforce.ValidCertifications[c][word];
                var missing = ~held;
                if (word == workforce.Count / 64) missing &= (1UL << (workforce.Count % 64)) - 1;
                for (; missing != 0; missing &= missing - 1)
                {
                    var p = word * 64 + BitOperations.TrailingZeroCount(missing);
                    open[p] |= bit;
                    if (uncoverable) selfStudy[p] += role.GroupSelfStudyHours[g];
                }
            }
        }
    }

    private void Classify(Workforce workforce, IndexedRole role, ulong[] open, double[] selfStudy)
    {
        var options = workforce.Catalogue.Options;
        var coverHours = new Dictionary<ulong, double>();
        var sumsToFit = role.RequirementCount > 0 && role.TotalWeight > 0;
        for (var p = 0; p < Fit.Length; p++)
        {
            Fit[p] = sumsToFit ? Fit[p] / role.TotalWeight : 1;
            if (open[p] == 0)
            {
                continue; // ReadyNow, 0 months (the default values)
            }
            var target = open[p] & role.Cover!.Coverable;
            if (!coverHours.TryGetValue(target, out var hours))
            {
                hours = RoleCover.Solve(role.Cover, target, LearningObjective.Hours, options.ExactCoverNodeLimit).Hours;
                coverHours[target] = hours;
            }
            Months[p] = (hours + selfStudy[p]) / options.DevelopmentHoursPerMonth;
            Readiness[p] = ReadinessEstimate.Classify(blocked: true, Months[p]);
        }
    }

    private void OnePersonAtATime(Workforce workforce, IndexedRole role)
    {
        for (var p = 0; p < Fit.Length; p++)
        {
            var person = PersonSnapshot.Of(workforce, workforce.People[p].Id);
            var current = person.CurrentFor(role);
            Fit[p] = RoleFit.Of(role, current);
            var estimate = RoleComparer.Estimate(workforce.Catalogue, role, current, person.SatisfiedGroups(role));
            Readiness[p] = estimate.Readiness;
            Months[p] = estimate.Months;
        }
    }
}
