namespace CareerPaths.GraphQL.Relay;

/// <summary>Page sizes of one connection field, kept in the field's metadata under <see cref="MetadataKey"/>.</summary>
public sealed record ConnectionOptions
{
    public const string MetadataKey = "relay.connection";

    public static ConnectionOptions Default { get; } = new();

    /// <summary>The page size when neither <c>first</c> nor <c>last</c> is given.</summary>
    public int DefaultPageSize { get; init; } = 20;

    /// <summary>The largest <c>first</c> or <c>last</c> accepted; larger values are a client error.</summary>
    public int MaxPageSize { get; init; } = 100;
}
