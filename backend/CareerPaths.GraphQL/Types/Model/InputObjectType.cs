using System.Collections.Frozen;

namespace CareerPaths.GraphQL.Types;

/// <summary>An input object type (spec §3.10), possibly a OneOf input object.</summary>
public sealed class InputObjectType : NamedType
{
    private IReadOnlyList<InputValueDefinition> _fields = [];
    private FrozenDictionary<string, InputValueDefinition> _byName = FrozenDictionary<string, InputValueDefinition>.Empty;

    internal InputObjectType(string name, string? description)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>The input fields in definition order.</summary>
    public IReadOnlyList<InputValueDefinition> Fields
    {
        get => _fields;
        internal set
        {
            _fields = value;
            _byName = value.DistinctBy(f => f.Name).ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);
            NonDeprecatedFields = value.Where(f => !f.IsDeprecated).ToArray();
        }
    }

    public IReadOnlyList<InputValueDefinition> NonDeprecatedFields { get; private set; } = [];

    /// <summary>Exactly one field must be given, and not null (<c>@oneOf</c>, spec §3.10.1).</summary>
    public bool IsOneOf { get; internal set; }

    /// <summary>The .NET type coerced values are turned into, if bound by the code-first builder.</summary>
    public Type? RuntimeType { get; internal set; }

    /// <summary>
    /// Builds the bound .NET value from the coerced field values (compiled once at build time);
    /// null when the type is unbound and coerced values stay dictionaries.
    /// </summary>
    public Func<IReadOnlyDictionary<string, object?>, object>? Factory { get; internal set; }

    public InputValueDefinition? GetField(string name) => _byName.GetValueOrDefault(name);

    public bool TryGetField(string name, out InputValueDefinition field) => _byName.TryGetValue(name, out field!);
}
