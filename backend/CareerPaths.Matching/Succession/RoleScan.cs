using System.Numerics;
using CareerPaths.Matching.Fit;
using CareerPaths.Matching.Model;

namespace CareerPaths.Matching.Succession;

/// <summary>
/// Fit and readiness of every person for one role in a few column scans. It computes exactly what
/// <see cref="RoleComparer"/> computes for one person — the same terms summed in the same order (a test holds it
/// to that) — but requirement by requirement over contiguous columns. Since a level is one of 0…7, each
/// requirement's fit term, open-gap bit and self-study hours are looked up in an 8-entry table instead of
/// recomputed; and the learning cover is solved once per distinct set of blocking gaps, not once per person.
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
        var scan = new RoleScan(workforce.Count);
        if (role.Cover is null || BlockingElements.Of(role) is not { } blocking)
        {
            scan.OnePersonAtATime(workforce, role); // more than 64 elements or 32 blocking ones: rare, and still correct
            return scan;
        }
        var open = new uint[workforce.Count];
        var selfStudy = new double[workforce.Count];
        scan.ScanRequirements(workforce, role, blocking, open, selfStudy);
        MarkMissingCertifications(workforce, role, blocking, open, selfStudy);
        scan.Classify(workforce, role, blocking, open, selfStudy);
        return scan;
    }

    private void ScanRequirements(Workforce workforce, IndexedRole role, BlockingElements blocking, uint[] open, double[] selfStudy)
    {
        var n = workforce.Count;
        var hoursPerLevel = workforce.Catalogue.Options.UncoveredHoursPerLevel;
        Span<double> term = stackalloc double[8];
        Span<uint> bit = stackalloc uint[8];
        Span<double> study = stackalloc double[8];
        var fit = Fit.AsSpan();
        for (var q = 0; q < role.RequirementCount; q++)
        {
            double weight = role.Weights[q], level = role.Levels[q];
            var dense = blocking.DenseBitOfRequirement[q];
            var uncoverable = dense != 0 && (role.Cover!.Coverable >> q & 1) == 0;
            for (var e = 0; e < 8; e++)
            {
                term[e] = weight * Math.Min(e, level) / level; // the exact expression RoleFit sums
                bit[e] = e < level ? dense : 0;
                study[e] = e < level && uncoverable ? (level - e) * hoursPerLevel : 0;
            }
            var column = workforce.Levels.AsSpan(role.Columns[q] * n, n);
            for (var p = 0; p < column.Length; p++)
            {
                var e = column[p] & Workforce.LevelMask;
                fit[p] += term[e];
                open[p] |= bit[e];
            }
            if (uncoverable)
            {
                for (var p = 0; p < column.Length; p++) selfStudy[p] += study[column[p] & Workforce.LevelMask];
            }
        }
    }

    private static void MarkMissingCertifications(Workforce workforce, IndexedRole role, BlockingElements blocking, uint[] open, double[] selfStudy)
    {
        for (var g = 0; g < role.RequiredGroups.Length; g++)
        {
            var dense = blocking.DenseBitOfGroup[g];
            var uncoverable = (role.Cover!.Coverable >> (role.RequirementCount + g) & 1) == 0;
            for (var word = 0; word < (workforce.Count + 63) / 64; word++)
            {
                var held = 0UL;
                foreach (var c in role.RequiredGroups[g]) held |= workforce.ValidCertifications[c][word];
                var missing = ~held;
                if (word == workforce.Count / 64) missing &= (1UL << (workforce.Count % 64)) - 1;
                for (; missing != 0; missing &= missing - 1)
                {
                    var p = word * 64 + BitOperations.TrailingZeroCount(missing);
                    open[p] |= dense;
                    if (uncoverable) selfStudy[p] += role.GroupSelfStudyHours[g];
                }
            }
        }
    }

    private void Classify(Workforce workforce, IndexedRole role, BlockingElements blocking, uint[] open, double[] selfStudy)
    {
        var options = workforce.Catalogue.Options;
        var coverHours = new CoverHoursMemo(role.Cover!, blocking, options.ExactCoverNodeLimit);
        var sumsToFit = role.RequirementCount > 0 && role.TotalWeight > 0;
        for (var p = 0; p < Fit.Length; p++)
        {
            Fit[p] = sumsToFit ? Fit[p] / role.TotalWeight : 1;
            if (open[p] != 0)
            {
                Months[p] = (coverHours.For(open[p]) + selfStudy[p]) / options.DevelopmentHoursPerMonth;
                Readiness[p] = ReadinessEstimate.Classify(blocked: true, Months[p]);
            }
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
