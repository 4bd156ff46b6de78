using CareerPaths.GraphQL.Types;

namespace CareerPaths.Conformance.Runner;

/// <summary>Each distinct SDL text is built once (SDL-first, default resolvers), as the protocol asks.</summary>
internal sealed class SchemaCache
{
    private readonly Dictionary<string, Schema> _schemas = new(StringComparer.Ordinal);

    public Schema Get(string sdl)
    {
        if (!_schemas.TryGetValue(sdl, out var schema))
        {
            schema = SchemaBuilder.FromSdl(sdl);
            _schemas[sdl] = schema;
        }

        return schema;
    }
}
