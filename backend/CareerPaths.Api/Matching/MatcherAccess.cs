using CareerPaths.Api.Data;
using CareerPaths.Api.Employees;
using CareerPaths.Api.Matching.ReadModel;
using CareerPaths.GraphQL.Types;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Matching;

/// <summary>
/// How the matcher's resolvers reach the read model and check their arguments against it: the person must be one
/// the viewer may see (<see cref="Identity.IEmployeeScope"/>, checked before anything is computed) and must exist;
/// roles must be published. Errors are those of <see cref="MatchingErrors"/>.
/// </summary>
internal static class MatcherAccess
{
    /// <summary>The request's snapshot of the read model (the data versions are checked once per request).</summary>
    public static Task<MatcherSnapshot> MatcherAsync(this IResolverContext context) =>
        context.RequestServices.GetRequiredService<MatcherRequest>().SnapshotAsync(context.CancellationToken);

    /// <summary>
    /// The employee of argument <paramref name="argument"/>, looked up exactly as <c>employee(id:)</c> looks people up
    /// (<see cref="EmployeeLookup"/>): FORBIDDEN when the viewer may not see that id, whether or not anybody has it,
    /// so nothing leaks about who exists; NOT_FOUND when they could see it but nobody has it. The scoped loader
    /// batches the check of every matcher field of a request, and its record serves their <c>employee</c> fields.
    /// </summary>
    public static async Task<int> VisibleEmployeeAsync(IResolverContext context, string argument = "employeeId")
    {
        var text = context.Argument<string>(argument);
        var id = MatchingIds.Parse(text, MatchingIds.Employee, argument);
        return await EmployeeLookup.LoadOrDenyAsync(context, id) is null ? throw MatchingErrors.EmployeeNotFound(argument, text) : id;
    }

    /// <summary>The employee must be in the read model (NOT_FOUND for an id the viewer could see but nobody has).</summary>
    public static void RequirePerson(MatcherSnapshot snapshot, int employeeId, IResolverContext context, string argument = "employeeId")
    {
        if (!snapshot.Matcher.Workforce.HasPerson(employeeId))
        {
            throw MatchingErrors.EmployeeNotFound(argument, context.Argument<string>(argument));
        }
    }

    /// <summary>The published role of argument <paramref name="argument"/>: NOT_FOUND when no role has the id, BAD_USER_INPUT when it is not published.</summary>
    public static async Task<int> PublishedRoleAsync(IResolverContext context, MatcherSnapshot snapshot, string argument)
    {
        var text = context.Argument<string>(argument);
        var id = MatchingIds.Parse(text, MatchingIds.Role, argument);
        await RequirePublishedAsync(context, snapshot, [(id, text, argument)]);
        return id;
    }

    /// <summary>Checks that each role is published; the database is asked (once) only about those that are not.</summary>
    public static async Task RequirePublishedAsync(IResolverContext context, MatcherSnapshot snapshot, IReadOnlyList<(int Id, string Text, string Argument)> roles)
    {
        var missing = roles.Where(role => !snapshot.Matcher.Catalogue.HasRole(role.Id)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        var ids = missing.Select(role => role.Id).ToList();
        var contexts = context.RequestServices.GetRequiredService<IDbContextFactory<CareerPathsDbContext>>();
        await using var db = await contexts.CreateDbContextAsync(context.CancellationToken);
        var existing = await db.RoleProfiles.AsNoTracking().Where(role => ids.Contains(role.Id)).Select(role => role.Id).ToListAsync(context.CancellationToken);
        var first = missing[0];
        throw existing.Contains(first.Id)
            ? MatchingErrors.RoleNotPublished(first.Argument, first.Text)
            : MatchingErrors.RoleNotFound(first.Argument, first.Text);
    }

    /// <summary>An Int argument within [min, max].</summary>
    public static int IntInRange(IResolverContext context, string argument, int min, int max)
    {
        var value = context.Argument<int>(argument);
        return value < min || value > max ? throw MatchingErrors.OutOfRange(argument, value, min, max) : value;
    }
}
