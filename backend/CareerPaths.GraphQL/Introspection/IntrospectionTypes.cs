using System.Collections.Frozen;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Introspection;

/// <summary>
/// The introspection types of spec §4.2 (<c>__Schema</c>, <c>__Type</c>, …), built once with the code-first
/// builder and shared by every schema: they only describe the schema passed in their parent values.
/// </summary>
public static class IntrospectionTypes
{
    private static readonly Lazy<(IReadOnlyList<NamedType> All, FrozenDictionary<string, NamedType> ByName)> Types = new(Build);

    /// <summary>__Schema, __Type, __TypeKind, __Field, __InputValue, __EnumValue, __Directive, __DirectiveLocation.</summary>
    public static IReadOnlyList<NamedType> All => Types.Value.All;

    public static NamedType? Get(string name) =>
        name.StartsWith("__", StringComparison.Ordinal) ? Types.Value.ByName.GetValueOrDefault(name) : null;

    public static ObjectType Schema => (ObjectType)Get("__Schema")!;

    public static ObjectType Type => (ObjectType)Get("__Type")!;

    private static (IReadOnlyList<NamedType>, FrozenDictionary<string, NamedType>) Build()
    {
        var builder = SchemaBuilder.Create();
        IntrospectionSchemaTypes.Add(builder);
        IntrospectionTypeType.Add(builder);
        IntrospectionMemberTypes.Add(builder);
        var types = builder.BuildTypes();
        return (types, types.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal));
    }
}
