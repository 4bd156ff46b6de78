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
        var keys = new RankKey[workforce.Count];
        var count = 0;
        for (var p = 0; p < workforce.Count; p++)
        {
            if (includeIncumbents || workforce.CurrentRole[p] != role.Index)
            {
                keys[count++] = new RankKey(scan.Readiness[p], scan.Fit[p], p);
            }
        }
        var ranked = keys.AsSpan(0, count);
        ranked.Sort();
        var result = new SuccessionCandidate[count];
        for (var i = 0; i < count; i++)
        {
            var p = ranked[i].Person;
            result[i] = new SuccessionCandidate(workforce.People[p].Id, scan.Readiness[p], scan.Fit[p], scan.Months[p]);
        }
        return result;
    }

    /// <summary>Person indexes follow person ids, so ordering by index is ordering by id.</summary>
    private readonly record struct RankKey(Readiness Readiness, double Fit, int Person) : IComparable<RankKey>
    {
        public int CompareTo(RankKey other)
        {
            if (Readiness != other.Readiness) return Readiness < other.Readiness ? -1 : 1;
            if (Fit != other.Fit) return Fit > other.Fit ? -1 : 1;
            return Person.CompareTo(other.Person);
        }
    }
}
