using CareerPaths.GraphQL.Language;
using System.Collections.Frozen;
using System.Text.Json;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>An enum type (spec §3.9): a closed set of names, each mapped to an internal .NET value.</summary>
public sealed class EnumType : NamedType
{
    private IReadOnlyList<EnumValueDefinition> _values = [];
    private FrozenDictionary<string, EnumValueDefinition> _byName = FrozenDictionary<string, EnumValueDefinition>.Empty;
    private FrozenDictionary<object, EnumValueDefinition> _byValue = FrozenDictionary<object, EnumValueDefinition>.Empty;

    internal EnumType(string name, string? description)
        : base(name, description)
    {
    }

    public override TypeKind Kind => TypeKind.Enum;

    /// <summary>The .NET enum this type was built from, if any.</summary>
    public Type? RuntimeType { get; internal set; }

    /// <summary>The values in definition order.</summary>
    public IReadOnlyList<EnumValueDefinition> Values
    {
        get => _values;
        internal set
        {
            _values = value;
            _byName = value.DistinctBy(v => v.Name).ToFrozenDictionary(v => v.Name, StringComparer.Ordinal);
            _byValue = value.DistinctBy(v => v.Value).ToFrozenDictionary(v => v.Value);
            NonDeprecatedValues = value.Where(v => !v.IsDeprecated).ToArray();
        }
    }

    public IReadOnlyList<EnumValueDefinition> NonDeprecatedValues { get; private set; } = [];

    public EnumValueDefinition? GetValue(string name) => _byName.GetValueOrDefault(name);

    /// <summary>The value definition for an internal value (what a resolver returned), or null.</summary>
    public EnumValueDefinition? GetValueByInternalValue(object value) => _byValue.GetValueOrDefault(value);

    /// <summary>Result coercion (spec §3.9): an internal value becomes its name.</summary>
    public string Serialize(object value)
    {
        if (_byValue.TryGetValue(value, out var definition))
        {
            return definition.Name;
        }

        // JSON sources (SDL-first over a JSON root value) carry enum names as JSON strings.
        if (value is JsonElement { ValueKind: JsonValueKind.String } json
            && _byValue.TryGetValue(json.GetString()!, out definition))
        {
            return definition.Name;
        }

        throw new ScalarCoercionException($"Enum \"{Name}\" cannot represent value: {ValueInspector.Inspect(value)}");
    }

    /// <summary>Input coercion of an external value: the name as a string (a .NET enum member is also accepted).</summary>
    public object ParseValue(object value)
    {
        if (InputPrimitive.TryGetString(value, out var name))
        {
            return _byName.TryGetValue(name, out var definition)
                ? definition.Value
                : throw new ScalarCoercionException($"Value \"{name}\" does not exist in \"{Name}\" enum.");
        }

        if (RuntimeType is not null && _byValue.TryGetValue(value, out var byValue))
        {
            return byValue.Value;
        }

        throw new ScalarCoercionException(
            $"Enum \"{Name}\" cannot represent non-string value: {ValueInspector.Inspect(value)}.");
    }

    /// <summary>Input coercion of a literal: only an enum literal naming a value is accepted.</summary>
    public object ParseLiteral(ValueNode literal)
    {
        if (literal is not EnumValueNode enumValue)
        {
            throw new ScalarCoercionException(
                $"Enum \"{Name}\" cannot represent non-enum value: {Printer.Print(literal)}.");
        }

        return _byName.TryGetValue(enumValue.Value, out var definition)
            ? definition.Value
            : throw new ScalarCoercionException($"Value \"{enumValue.Value}\" does not exist in \"{Name}\" enum.");
    }
}
