using System.Reflection;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>
/// The mutable description of a named type collected from SDL and code-first descriptors before the schema is
/// assembled. Both sources write here, so SDL types can get resolvers in code and vice versa.
/// </summary>
internal sealed class TypeConfig(string name, TypeKind kind)
{
    public string Name { get; } = name;

    public TypeKind Kind { get; } = kind;

    public string? Description { get; set; }

    public List<DirectiveNode> Directives { get; } = [];

    public TypeDefinitionNode? AstNode { get; set; }

    public List<TypeExtensionNode> Extensions { get; } = [];

    public List<FieldConfig> Fields { get; } = [];

    public List<NamedTypeNode> Interfaces { get; } = [];

    public List<NamedTypeNode> UnionMembers { get; } = [];

    public List<EnumValueConfig> Values { get; } = [];

    public List<InputValueConfig> InputFields { get; } = [];

    /// <summary>The scalar instance for a scalar configured in code; SDL-only scalars become identity scalars.</summary>
    public ScalarType? Scalar { get; set; }

    public Type? RuntimeType { get; set; }

    public Func<object?, IResolverContext, bool>? IsTypeOf { get; set; }

    /// <summary>A code-first type resolver returning a type name.</summary>
    public Func<object?, IResolverContext, string?>? ResolveType { get; set; }

    /// <summary>Code-first objects get the fields of their interfaces that they do not declare.</summary>
    public bool InheritInterfaceFields { get; set; }

    public List<string> Policies { get; } = [];

    public Dictionary<string, object?> Metadata { get; } = new(StringComparer.Ordinal);

    public FieldConfig GetOrAddField(string fieldName)
    {
        var existing = Fields.Find(f => f.Name == fieldName);
        if (existing is not null)
        {
            return existing;
        }

        var field = new FieldConfig(fieldName);
        Fields.Add(field);
        return field;
    }

    public InputValueConfig GetOrAddInputField(string fieldName)
    {
        var existing = InputFields.Find(f => f.Name == fieldName);
        if (existing is not null)
        {
            return existing;
        }

        var field = new InputValueConfig(fieldName);
        InputFields.Add(field);
        return field;
    }
}

/// <summary>A .NET member whose type (and nullability) decides a GraphQL type when none is written.</summary>
internal sealed record ClrTypeHint(Type Type, NullabilityInfo? Nullability);

internal sealed class FieldConfig(string name)
{
    public string Name { get; } = name;

    public string? Description { get; set; }

    public TypeNode? Type { get; set; }

    public ClrTypeHint? TypeHint { get; set; }

    public List<InputValueConfig> Arguments { get; } = [];

    public FieldResolver? Resolver { get; set; }

    public List<DirectiveNode> Directives { get; } = [];

    public FieldDefinitionNode? AstNode { get; set; }

    public List<string> Policies { get; } = [];

    public int Cost { get; set; } = 1;

    public List<string> ListSizeArguments { get; } = [];

    public int? AssumedListSize { get; set; }

    public Dictionary<string, object?> Metadata { get; } = new(StringComparer.Ordinal);

    public InputValueConfig GetOrAddArgument(string argumentName)
    {
        var existing = Arguments.Find(a => a.Name == argumentName);
        if (existing is not null)
        {
            return existing;
        }

        var argument = new InputValueConfig(argumentName);
        Arguments.Add(argument);
        return argument;
    }
}

/// <summary>An argument or input field: the default is a literal (SDL) or an external .NET value (code).</summary>
internal sealed class InputValueConfig(string name)
{
    public string Name { get; } = name;

    public string? Description { get; set; }

    public TypeNode? Type { get; set; }

    public ClrTypeHint? TypeHint { get; set; }

    public ValueNode? DefaultLiteral { get; set; }

    public bool HasDefaultValue { get; set; }

    public object? DefaultValue { get; set; }

    public List<DirectiveNode> Directives { get; } = [];

    public InputValueDefinitionNode? AstNode { get; set; }

    public Dictionary<string, object?> Metadata { get; } = new(StringComparer.Ordinal);
}

internal sealed class EnumValueConfig(string name)
{
    public string Name { get; } = name;

    public object? Value { get; set; }

    public string? Description { get; set; }

    public List<DirectiveNode> Directives { get; } = [];

    public EnumValueDefinitionNode? AstNode { get; set; }

    public Dictionary<string, object?> Metadata { get; } = new(StringComparer.Ordinal);
}

internal sealed class DirectiveConfig(string name)
{
    public string Name { get; } = name;

    public string? Description { get; set; }

    public bool IsRepeatable { get; set; }

    public List<string> Locations { get; } = [];

    public List<InputValueConfig> Arguments { get; } = [];

    public DirectiveDefinitionNode? AstNode { get; set; }
}
