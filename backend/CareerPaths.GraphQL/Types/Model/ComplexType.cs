using System.Collections.Frozen;

namespace CareerPaths.GraphQL.Types;

/// <summary>A type with fields: an object or an interface (spec §3.6, §3.7).</summary>
public abstract class ComplexType : NamedType
{
    private FrozenDictionary<string, FieldDefinition> _fieldsByName = FrozenDictionary<string, FieldDefinition>.Empty;
    private IReadOnlyList<FieldDefinition> _fields = [];

    private protected ComplexType(string name, string? description)
        : base(name, description)
    {
    }

    /// <summary>The fields in definition order.</summary>
    public IReadOnlyList<FieldDefinition> Fields
    {
        get => _fields;
        internal set
        {
            _fields = value;
            _fieldsByName = value.DistinctBy(f => f.Name).ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);
            NonDeprecatedFields = value.Where(f => !f.IsDeprecated).ToArray();
        }
    }

    /// <summary>The fields without deprecated ones, precomputed for introspection.</summary>
    public IReadOnlyList<FieldDefinition> NonDeprecatedFields { get; private set; } = [];

    /// <summary>The interfaces this type declares it implements, in order.</summary>
    public IReadOnlyList<InterfaceType> Interfaces { get; internal set; } = [];

    /// <summary>The field of this name, or null. Meta fields (<c>__typename</c>…) are on <see cref="Schema"/>.</summary>
    public FieldDefinition? GetField(string name) => _fieldsByName.GetValueOrDefault(name);

    public bool TryGetField(string name, out FieldDefinition field) => _fieldsByName.TryGetValue(name, out field!);

    /// <summary>Whether this type lists <paramref name="type"/> among its interfaces.</summary>
    public bool Implements(InterfaceType type)
    {
        foreach (var candidate in Interfaces)
        {
            if (ReferenceEquals(candidate, type))
            {
                return true;
            }
        }

        return false;
    }
}
