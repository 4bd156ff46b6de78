using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Relay;

/// <summary>
/// The checked paging arguments of a connection field: page sizes within 0…max, cursors decoded to offsets.
/// When neither <c>first</c> nor <c>last</c> is given, <c>first</c> is the default page size.
/// </summary>
public sealed record ConnectionArguments(int? First, int? After, int? Last, int? Before)
{
    /// <summary>Reads <c>first</c>, <c>after</c>, <c>last</c> and <c>before</c>, throwing a client error for a bad one.</summary>
    public static ConnectionArguments From(IResolverContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.Field.Metadata.TryGetValue(ConnectionOptions.MetadataKey, out var value) && value is ConnectionOptions configured
            ? configured
            : ConnectionOptions.Default;
        return Create(
            Int(context, "first"), Text(context, "after"), Int(context, "last"), Text(context, "before"), options);
    }

    public static ConnectionArguments Create(int? first, string? after, int? last, string? before, ConnectionOptions? options = null)
    {
        options ??= ConnectionOptions.Default;
        CheckPageSize("first", first, options.MaxPageSize);
        CheckPageSize("last", last, options.MaxPageSize);
        if (first is null && last is null)
        {
            first = options.DefaultPageSize;
        }

        return new ConnectionArguments(first, Offset("after", after), last, Offset("before", before));
    }

    private static void CheckPageSize(string argument, int? size, int max)
    {
        if (size is { } n && (n < 0 || n > max))
        {
            throw RelayErrors.PageSizeOutOfRange(argument, n, max);
        }
    }

    private static int? Offset(string argument, string? cursor)
    {
        if (cursor is null)
        {
            return null;
        }

        return Cursor.TryDecode(cursor, out var offset) ? offset : throw RelayErrors.InvalidCursor(argument, cursor);
    }

    private static int? Int(IResolverContext context, string name) =>
        context.HasArgument(name) && context.Arguments[name] is not null ? context.Argument<int>(name) : null;

    private static string? Text(IResolverContext context, string name) =>
        context.HasArgument(name) ? context.Arguments[name] as string : null;
}
