using System.Text.Json;

namespace CareerPaths.Api.Tests.Identity.Matrix;

/// <summary>A field as introspection describes it: its named return type and kind, whether it is a list, its arguments.</summary>
public sealed record ShapeField(string DeclaringType, string Name, string TypeName, string TypeKind, IReadOnlyList<ShapeArgument> Arguments)
{
    public string Coordinate => DeclaringType + "." + Name;

    public bool ReturnsComposite => TypeKind is "OBJECT" or "INTERFACE" or "UNION";

    public bool ReturnsAbstract => TypeKind is "INTERFACE" or "UNION";
}

public sealed record ShapeArgument(string Name, bool Required);

/// <summary>The served schema as seen through introspection: object types (introspection's own left out) and their fields.</summary>
public sealed class SchemaShape
{
    public const string Query = """
        { __schema { queryType { name } mutationType { name }
            types { kind name possibleTypes { name }
              fields(includeDeprecated: true) { name
                args(includeDeprecated: true) { name defaultValue type { kind } }
                type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
        """;

    private SchemaShape(string queryType, string? mutationType, IReadOnlyDictionary<string, IReadOnlyList<ShapeField>> objects,
        IReadOnlyDictionary<string, IReadOnlyList<string>> possibleTypes)
    {
        QueryType = queryType;
        MutationType = mutationType;
        Objects = objects;
        PossibleTypes = possibleTypes;
    }

    public string QueryType { get; }

    public string? MutationType { get; }

    /// <summary>Every object type's fields, in schema order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<ShapeField>> Objects { get; }

    /// <summary>The object types of each interface and union.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> PossibleTypes { get; }

    public bool IsRoot(string type) => type == QueryType || type == MutationType;

    public static SchemaShape From(JsonElement data)
    {
        var schema = data.GetProperty("__schema");
        var objects = new Dictionary<string, IReadOnlyList<ShapeField>>(StringComparer.Ordinal);
        var possible = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var type in schema.GetProperty("types").EnumerateArray())
        {
            var name = type.GetProperty("name").GetString()!;
            var kind = type.GetProperty("kind").GetString();
            if (name.StartsWith("__", StringComparison.Ordinal))
            {
                continue;
            }

            if (kind == "OBJECT")
            {
                objects[name] = [.. type.GetProperty("fields").EnumerateArray().Select(field => Field(name, field))];
            }
            else if (kind is "INTERFACE" or "UNION")
            {
                possible[name] = [.. type.GetProperty("possibleTypes").EnumerateArray().Select(t => t.GetProperty("name").GetString()!)];
            }
        }

        var mutation = schema.GetProperty("mutationType");
        return new SchemaShape(schema.GetProperty("queryType").GetProperty("name").GetString()!,
            mutation.ValueKind == JsonValueKind.Null ? null : mutation.GetProperty("name").GetString(), objects, possible);
    }

    private static ShapeField Field(string declaringType, JsonElement field)
    {
        var type = field.GetProperty("type");
        while (type.GetProperty("kind").GetString() is "NON_NULL" or "LIST")
        {
            type = type.GetProperty("ofType");
        }

        var arguments = field.GetProperty("args").EnumerateArray().Select(argument => new ShapeArgument(
            argument.GetProperty("name").GetString()!,
            argument.GetProperty("type").GetProperty("kind").GetString() == "NON_NULL" && argument.GetProperty("defaultValue").ValueKind == JsonValueKind.Null));
        return new ShapeField(declaringType, field.GetProperty("name").GetString()!, type.GetProperty("name").GetString()!,
            type.GetProperty("kind").GetString()!, [.. arguments]);
    }
}
