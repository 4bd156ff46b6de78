using System.Collections.Frozen;
using System.Text.Json;

namespace CareerPaths.GraphQL.Types;

/// <summary>
/// Everything an interface or union needs to pick a concrete type at run time, precomputed at build time:
/// the custom resolver, the possible types (list and set), and the .NET runtime types bound to them.
/// </summary>
internal sealed class AbstractTypeResolution
{
    public static readonly AbstractTypeResolution Empty = new([], null, _ => null);

    private readonly FrozenSet<ObjectType> _possible;
    private readonly FrozenDictionary<Type, ObjectType> _byRuntimeType;
    private readonly Func<string, NamedType?> _lookup;
    private readonly bool _anyIsTypeOf;

    public AbstractTypeResolution(IReadOnlyList<ObjectType> possibleTypes, TypeResolver? custom, Func<string, NamedType?> lookup)
    {
        PossibleTypes = possibleTypes;
        Custom = custom;
        _lookup = lookup;
        _possible = possibleTypes.ToFrozenSet();
        _byRuntimeType = possibleTypes
            .Where(t => t.RuntimeType is not null)
            .GroupBy(t => t.RuntimeType!)
            .Where(g => g.Count() == 1)
            .ToFrozenDictionary(g => g.Key, g => g.First());
        _anyIsTypeOf = possibleTypes.Any(t => t.IsTypeOf is not null);
    }

    public IReadOnlyList<ObjectType> PossibleTypes { get; }

    public TypeResolver? Custom { get; }

    public bool IsPossibleType(ObjectType type) => _possible.Contains(type);

    // Spec §6.4.4 ResolveAbstractType, with graphql-js's default order after a custom resolver.
    public ObjectType? Resolve(object? value, IResolverContext context)
    {
        if (Custom is not null)
        {
            return Custom(value, context);
        }

        if (value is null)
        {
            return null;
        }

        if (TryGetTypeName(value, out var typeName))
        {
            return _lookup(typeName) as ObjectType;
        }

        if (_byRuntimeType.Count > 0)
        {
            for (var type = value.GetType(); type is not null; type = type.BaseType)
            {
                if (_byRuntimeType.TryGetValue(type, out var bound))
                {
                    return bound;
                }
            }
        }

        if (_anyIsTypeOf)
        {
            foreach (var candidate in PossibleTypes)
            {
                if (candidate.IsTypeOf is { } isTypeOf && isTypeOf(value, context))
                {
                    return candidate;
                }
            }
        }

        return null;
    }

    private static bool TryGetTypeName(object value, out string typeName)
    {
        switch (value)
        {
            case JsonElement { ValueKind: JsonValueKind.Object } json
                when json.TryGetProperty("__typename", out var property) && property.ValueKind == JsonValueKind.String:
                typeName = property.GetString()!;
                return true;
            case IReadOnlyDictionary<string, object?> dictionary when dictionary.TryGetValue("__typename", out var name) && name is string s:
                typeName = s;
                return true;
            case IDictionary<string, object?> mutable when mutable.TryGetValue("__typename", out var name) && name is string s:
                typeName = s;
                return true;
            default:
                typeName = "";
                return false;
        }
    }
}
