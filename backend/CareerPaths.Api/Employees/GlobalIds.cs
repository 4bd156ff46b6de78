using CareerPaths.GraphQL.Relay;

namespace CareerPaths.Api.Employees;

/// <summary>Reads the integer key out of a global id given as a mutation input, when it names the expected type.</summary>
internal static class GlobalIds
{
    /// <summary>False for a malformed id or one of another type: callers answer it as "not found".</summary>
    public static bool TryParse(string? id, string typeName, out int key)
    {
        key = 0;
        return GlobalId.TryDecode(id, out var globalId, out _)
            && string.Equals(globalId.TypeName, typeName, StringComparison.Ordinal)
            && LocalId.TryParse(globalId.LocalId, out key);
    }
}
