using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Execution;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.Api.Employees;

/// <summary>
/// Looking one person up by id, as <c>employee(id:)</c> and <c>node(id:)</c> do: the scoped loader fetches only a
/// visible person; when it finds none, the viewer is told FORBIDDEN unless the scope says they could see that id
/// (then it simply does not exist and the answer is null). An id the viewer may not see is FORBIDDEN whether or
/// not a person has it, so the error tells nothing about who exists.
/// </summary>
internal static class EmployeeLookup
{
    public const string TypeName = "Employee";

    public static async Task<EmployeeRecord?> LoadOrDenyAsync(IResolverContext context, int id)
    {
        if (await context.EmployeeById().LoadAsync(id) is { } employee)
        {
            return employee;
        }

        var viewer = await context.ViewerAsync();
        if (await context.EmployeeScope().CanSeeAsync(viewer, id, context.CancellationToken))
        {
            return null;
        }

        throw new GraphQLException("Not authorized to access this Employee.", ErrorCodes.Forbidden);
    }

    /// <summary>The key of an Employee global id; a malformed id or one of another type is a client error, as in node(id:).</summary>
    public static int ParseId(string id)
    {
        if (!GlobalId.TryDecode(id, out var globalId, out var reason))
        {
            throw RelayErrors.InvalidId(id, reason);
        }

        if (!string.Equals(globalId.TypeName, TypeName, StringComparison.Ordinal) || !LocalId.TryParse(globalId.LocalId, out int key))
        {
            throw RelayErrors.InvalidId(id, "it is not the id of an Employee");
        }

        return key;
    }
}
