using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Execution;

namespace CareerPaths.GraphQL.Relay;

/// <summary>The client errors of the Relay helpers: all <c>BAD_USER_INPUT</c>, each saying what was wrong.</summary>
public static class RelayErrors
{
    public static GraphQLException InvalidId(string id, string reason) =>
        new($"Invalid id \"{Shorten(id)}\": {reason}.", ErrorCodes.BadUserInput);

    public static GraphQLException InvalidCursor(string argument, string cursor) =>
        new($"Invalid cursor in \"{argument}\": \"{Shorten(cursor)}\" is not a cursor of this connection.", ErrorCodes.BadUserInput);

    public static GraphQLException PageSizeOutOfRange(string argument, int value, int max) =>
        new($"\"{argument}\" must be between 0 and {max}, but was {value}.", ErrorCodes.BadUserInput);

    public static GraphQLException TooManyIds(int count, int max) =>
        new($"\"ids\" may hold at most {max} ids, but held {count}.", ErrorCodes.BadUserInput);

    // Echo enough of a bad value to recognise it, never a megabyte of it.
    private static string Shorten(string value) => value.Length <= 64 ? value : value[..61] + "...";
}
