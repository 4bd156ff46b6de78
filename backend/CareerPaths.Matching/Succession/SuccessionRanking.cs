using CareerPaths.Matching.Fit;
using CareerPaths.Matching.Model;

namespace CareerPaths.Matching.Succession;

/// <summary>One person's place on a role's succession list.</summary>
public readonly record struct SuccessionCandidate(int PersonId, Readiness Readiness, double Fit, double MonthsToReady);

/// <summary>Everyone ranked for one role: readiness class first, then fit (higher first), then person id.</summary>
public static class SuccessionRanking
{
    /// <param name="includeIncumbents">Whether people who already hold the role are listed (they are not successors).</param>
    public static SuccessionCandidate[] Rank(Workforce workforce, int roleId, bool includeIncumbents = false)
    {
        var role = workforce.Catalogue.Role(roleId);
        var scan = RoleScan.Run(workforce, role);
        var keys = new ulong[workforce.Count];
        var people = new int[workforce.Count];
        var count = 0;
        for (var p = 0; p < workforce.Count; p++)
        {
            if (includeIncumbents || workforce.CurrentRole[p] != role.Index)
            {
                keys[count] = RankKey.Of(scan.Readiness[p], scan.Fit[p]);
                people[count++] = p; // in index (= id) order, which the stable sort keeps among equal keys
            }
        }
        RadixSort.Sort(keys, people, count);
        var result = new SuccessionCandidate[count];
        for (var i = 0; i < count; i++)
        {
            var p = people[i];
            result[i] = new SuccessionCandidate(workforce.PersonIds[p], scan.Readiness[p], scan.Fit[p], scan.Months[p]);
        }
        return result;
    }
}
