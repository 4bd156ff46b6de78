using System.Text.Json;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.Conformance.Runner;

/// <summary>
/// The resolver conventions of the conformance protocol: a field reads the own property of its JSON source
/// named like the field; a one-key object whose key is a marker is interpreted.
/// </summary>
internal static class ConventionResolver
{
    public static ValueTask<object?> Resolve(IResolverContext context)
    {
        if (context.Source is JsonElement { ValueKind: JsonValueKind.Object } source
            && source.TryGetProperty(context.Field.Name, out var value))
        {
            return Interpret(value, context);
        }

        return new ValueTask<object?>((object?)null);
    }

    private static ValueTask<object?> Interpret(JsonElement value, IResolverContext context)
    {
        switch (MarkerOf(value, out var inner))
        {
            case "$error":
                throw new InvalidOperationException(inner.ValueKind == JsonValueKind.String ? inner.GetString() : inner.GetRawText());
            case "$async":
                return Later(inner, context);
            case "$increment":
                return new ValueTask<object?>(Increment(context, inner.ValueKind == JsonValueKind.String ? inner.GetString()! : inner.GetRawText()));
            case "$args":
                return new ValueTask<object?>(CanonicalJson.Serialize(context.Arguments));
            default:
                return new ValueTask<object?>(value);
        }
    }

    // graphql-js resolves after setImmediate: the value arrives after the current synchronous work.
    private static async ValueTask<object?> Later(JsonElement inner, IResolverContext context)
    {
        await Task.Yield();
        return await Interpret(inner, context).ConfigureAwait(false);
    }

    private static int Increment(IResolverContext context, string name)
    {
        var counters = context.GetOrAddRequestState("$increment", _ => new Dictionary<string, int>(StringComparer.Ordinal));
        lock (counters)
        {
            var next = counters.GetValueOrDefault(name) + 1;
            counters[name] = next;
            return next;
        }
    }

    private static string? MarkerOf(JsonElement value, out JsonElement inner)
    {
        inner = default;
        if (value.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        string? marker = null;
        var count = 0;
        foreach (var property in value.EnumerateObject())
        {
            if (++count > 1)
            {
                return null;
            }

            marker = property.Name;
            inner = property.Value;
        }

        return marker is "$error" or "$async" or "$increment" or "$args" ? marker : null;
    }
}
