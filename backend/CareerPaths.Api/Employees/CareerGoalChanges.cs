using CareerPaths.Api.Audit;
using CareerPaths.Api.Data.Employees;
using CareerPaths.Api.Data.Roles;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Employees;

/// <summary>setMyCareerGoals: the viewer's target roles, most wanted first.</summary>
internal static class CareerGoalChanges
{
    public const int MaxGoals = 5;

    public static async Task<object> SetMyCareerGoalsAsync(IResolverContext context, SetMyCareerGoalsInput input)
    {
        await using var change = await AuditedChange.BeginAsync(context);
        var problems = new InputProblems();
        problems.Range("roleCodes", input.RoleCodes.Count, 0, MaxGoals);
        problems.Distinct("roleCodes", input.RoleCodes);
        var codes = input.RoleCodes.ToArray();
        var roles = await change.Db.RoleProfiles
            .Where(role => codes.Contains(role.Code) && role.Versions.Any(version => version.Status == RoleVersionStatus.Published))
            .ToDictionaryAsync(role => role.Code, role => role.Id, StringComparer.Ordinal, change.CancellationToken);
        for (var i = 0; i < codes.Length; i++)
        {
            if (!roles.ContainsKey(codes[i]))
            {
                problems.Add(new UnknownRoleError($"roleCodes[{i}]", codes[i]));
            }
        }

        if (problems.Any)
        {
            return Payload<EmployeeRecord>.Failure(problems.ToArray());
        }

        var employeeId = change.EmployeeId;
        var goals = await change.Db.CareerGoals.Include(goal => goal.TargetRole)
            .Where(goal => goal.EmployeeId == employeeId)
            .OrderBy(goal => goal.Priority)
            .ToListAsync(change.CancellationToken);
        var before = goals.Select(goal => goal.TargetRole.Code).ToArray();

        // Keep the rows of roles still wanted (the pair is unique), drop the others, add the new ones.
        foreach (var goal in goals.Where(goal => !roles.ContainsValue(goal.TargetRoleId)))
        {
            change.Db.CareerGoals.Remove(goal);
        }

        for (var i = 0; i < codes.Length; i++)
        {
            var goal = goals.Find(g => g.TargetRoleId == roles[codes[i]]);
            if (goal is null)
            {
                change.Db.CareerGoals.Add(new CareerGoal { EmployeeId = employeeId, TargetRoleId = roles[codes[i]], Priority = i + 1 });
            }
            else
            {
                goal.Priority = i + 1;
            }
        }

        change.Audit(AuditedEntities.Employee, employeeId, "set-career-goals", new { roleCodes = before }, new { roleCodes = codes });
        await change.CommitAsync();
        return Payload<EmployeeRecord>.Success(await EmployeeChanges.ReadAsync(change, employeeId));
    }
}
