using System.Collections.Frozen;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>A field of an object or interface (spec §3.6), with its bound resolver and metadata slots.</summary>
public sealed class FieldDefinition : ITypeSystemMember
{
    private IReadOnlyList<InputValueDefinition> _arguments = [];
    private FrozenDictionary<string, InputValueDefinition> _argumentsByName =
        FrozenDictionary<string, InputValueDefinition>.Empty;

    internal FieldDefinition(string name, GraphQLType type)
    {
        Name = name;
        Type = type;
    }

    public string Name { get; }

    public string? Description { get; internal set; }

    /// <summary>The output type of the field.</summary>
    public GraphQLType Type { get; internal set; }

    /// <summary>The arguments in definition order.</summary>
    public IReadOnlyList<InputValueDefinition> Arguments
    {
        get => _arguments;
        internal set
        {
            _arguments = value;
            _argumentsByName = value.DistinctBy(a => a.Name).ToFrozenDictionary(a => a.Name, StringComparer.Ordinal);
            NonDeprecatedArguments = value.Where(a => !a.IsDeprecated).ToArray();
        }
    }

    public IReadOnlyList<InputValueDefinition> NonDeprecatedArguments { get; private set; } = [];

    /// <summary>The resolver, bound at build time; the default property resolver when none was given.</summary>
    public FieldResolver Resolver { get; internal set; } = null!;

    /// <summary>The object or interface declaring the field (the query type for the meta fields).</summary>
    public ComplexType DeclaringType { get; internal set; } = null!;

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<AppliedDirective> AppliedDirectives { get; internal set; } = [];

    public FieldDefinitionNode? AstNode { get; internal set; }

    /// <summary>Authorization policy names; the authorization layer gives them meaning.</summary>
    public IReadOnlyList<string> AuthorizationPolicies { get; internal set; } = [];

    /// <summary>The cost of resolving this field once, for the cost limit (default 1).</summary>
    public int Cost { get; internal set; } = 1;

    /// <summary>Argument names whose value multiplies the cost of the selection below (e.g. first, last).</summary>
    public IReadOnlyList<string> ListSizeArguments { get; internal set; } = [];

    /// <summary>
    /// The list size cost analysis assumes when none of <see cref="ListSizeArguments"/> has a value (a connection's
    /// default page size, say); null counts such a list once.
    /// </summary>
    public int? AssumedListSize { get; internal set; }

    public IReadOnlyDictionary<string, object?> Metadata { get; internal set; } = EmptyMetadata.Instance;

    /// <summary>The schema coordinate <c>Type.field</c>.</summary>
    public string Coordinate => DeclaringType.Name + "." + Name;

    /// <summary>True for <c>__typename</c>, <c>__schema</c> and <c>__type</c>.</summary>
    public bool IsMetaField => Name.StartsWith("__", StringComparison.Ordinal);

    public InputValueDefinition? GetArgument(string name) => _argumentsByName.GetValueOrDefault(name);

    public bool TryGetArgument(string name, out InputValueDefinition argument) =>
        _argumentsByName.TryGetValue(name, out argument!);

    public override string ToString() => Coordinate;
}
