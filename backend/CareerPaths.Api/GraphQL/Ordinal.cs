namespace CareerPaths.Api.GraphQL;

/// <summary>
/// Codes are ordered byte by byte (PostgreSQL's "C" collation), as .NET's ordinal comparison does, whatever
/// the database's default collation: a locale collation would skip the hyphens of kebab-case codes.
/// </summary>
internal static class Ordinal
{
    public const string Collation = "C";
}
