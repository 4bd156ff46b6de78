using CareerPaths.GraphQL.Relay;

namespace CareerPaths.Api.Matching;

/// <summary>
/// The node ids the matcher's arguments take (the node types' own: <c>Employee:7</c>, <c>Role:2</c> …). A malformed
/// id, or the id of another type, is a client error (<c>BAD_USER_INPUT</c>) naming the argument, as in node(id:).
/// </summary>
internal static class MatchingIds
{
    public const string Employee = "Employee";
    public const string Role = "Role";
    public const string OrgUnit = "OrgUnit";
    public const string LearningOffering = "LearningOffering";
    public const string Cohort = "Cohort";

    public static int Parse(string id, string typeName, string argument)
    {
        if (!TryParse(id, typeName, out var key, out var reason))
        {
            throw MatchingErrors.InvalidId(argument, id, reason);
        }

        return key;
    }

    public static int? ParseOptional(string? id, string typeName, string argument) =>
        id is null ? null : Parse(id, typeName, argument);

    public static IReadOnlyList<int>? ParseMany(IReadOnlyList<string>? ids, string typeName, string argument) =>
        ids?.Select((id, i) => Parse(id, typeName, $"{argument}[{i}]")).ToList();

    /// <summary>False (with the reason) for a malformed id or one naming another type.</summary>
    public static bool TryParse(string? id, string typeName, out int key, out string reason)
    {
        key = 0;
        if (!GlobalId.TryDecode(id, out var globalId, out reason))
        {
            return false;
        }

        if (!string.Equals(globalId.TypeName, typeName, StringComparison.Ordinal) || !LocalId.TryParse(globalId.LocalId, out key))
        {
            reason = $"it is not the id of a {typeName}";
            return false;
        }

        return true;
    }

    public static string Encode(string typeName, int key) => GlobalId.Encode(typeName, key);
}
