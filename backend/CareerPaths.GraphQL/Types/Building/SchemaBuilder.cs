using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>
/// Builds a <see cref="Schema"/> code-first, SDL-first, or both: SDL definitions and code descriptors of the
/// same type name merge (code adds resolvers, fields and metadata to SDL types). <see cref="Build"/> assembles
/// the types in phases (so cycles are fine), binds resolvers once, validates (spec §3) and freezes.
/// </summary>
public sealed partial class SchemaBuilder
{
    private readonly Dictionary<string, TypeConfig> _types = new(StringComparer.Ordinal);
    private readonly List<TypeConfig> _typeOrder = [];
    private readonly Dictionary<string, DirectiveConfig> _directives = new(StringComparer.Ordinal);
    private readonly List<DirectiveConfig> _directiveOrder = [];
    private readonly List<SchemaError> _errors = [];
    private readonly Dictionary<OperationType, NamedTypeNode> _rootTypes = [];
    private readonly List<DirectiveNode> _schemaDirectives = [];
    private readonly List<SchemaExtensionNode> _schemaExtensions = [];
    private readonly List<TypeExtensionNode> _pendingExtensions = [];
    private readonly Dictionary<string, object?> _metadata = new(StringComparer.Ordinal);
    private SchemaDefinitionNode? _schemaDefinition;
    private string? _description;
    private bool _introspectionEnabled = true;

    public static SchemaBuilder Create() => new();

    /// <summary>A schema from SDL (definitions and extensions), optionally configured in code, built.</summary>
    public static Schema FromSdl(string sdl, Action<SchemaBuilder>? configure = null) =>
        FromDocument(SdlParser.Parse(sdl), configure);

    /// <summary>A schema from a parsed SDL document, optionally configured in code, built.</summary>
    public static Schema FromDocument(DocumentNode document, Action<SchemaBuilder>? configure = null)
    {
        var builder = new SchemaBuilder().AddDocument(document);
        configure?.Invoke(builder);
        return builder.Build();
    }

    /// <summary>Adds the type-system definitions and extensions of SDL text.</summary>
    public SchemaBuilder AddSdl(string sdl) => AddDocument(SdlParser.Parse(sdl));

    /// <summary>Adds the type-system definitions and extensions of a parsed document (operations are ignored).</summary>
    public SchemaBuilder AddDocument(DocumentNode document)
    {
        new SdlLoader(this).Load(document);
        return this;
    }

    public SchemaBuilder Description(string description)
    {
        _description = description;
        return this;
    }

    /// <summary>Names the query root type (default: the type named Query).</summary>
    public SchemaBuilder QueryType(string typeName) => Root(OperationType.Query, typeName);

    public SchemaBuilder MutationType(string typeName) => Root(OperationType.Mutation, typeName);

    public SchemaBuilder SubscriptionType(string typeName) => Root(OperationType.Subscription, typeName);

    /// <summary>Switches introspection off (<see cref="Schema.IntrospectionEnabled"/>).</summary>
    public SchemaBuilder DisableIntrospection(bool disable = true)
    {
        _introspectionEnabled = !disable;
        return this;
    }

    public SchemaBuilder Metadata(string key, object? value)
    {
        _metadata[key] = value;
        return this;
    }

    /// <summary>Assembles, validates and freezes the schema; throws <see cref="SchemaValidationException"/> listing every problem.</summary>
    public Schema Build() => new SchemaAssembler(this).Assemble();

    /// <summary>Only the named types, unvalidated and without a schema: how the introspection types are built.</summary>
    internal IReadOnlyList<NamedType> BuildTypes() => new SchemaAssembler(this, typesOnly: true).AssembleTypes();

    private SchemaBuilder Root(OperationType operation, string typeName)
    {
        _rootTypes[operation] = TypeReference.Named(typeName);
        return this;
    }

    internal TypeConfig GetOrAddType(string name, TypeKind kind, SyntaxNode? node = null)
    {
        if (_types.TryGetValue(name, out var existing))
        {
            if (existing.Kind != kind)
            {
                Error($"Type \"{name}\" is defined as both {Describe(existing.Kind)} and {Describe(kind)}.", node);
            }

            return existing;
        }

        var config = new TypeConfig(name, kind);
        _types[name] = config;
        _typeOrder.Add(config);
        return config;
    }

    internal DirectiveConfig GetOrAddDirective(string name)
    {
        if (_directives.TryGetValue(name, out var existing))
        {
            return existing;
        }

        var config = new DirectiveConfig(name);
        _directives[name] = config;
        _directiveOrder.Add(config);
        return config;
    }

    internal void Error(string message, params SyntaxNode?[] nodes) => _errors.Add(new SchemaError(message, nodes));

    internal static string Describe(TypeKind kind) => kind switch
    {
        TypeKind.InputObject => "an input object",
        TypeKind.Object => "an object",
        TypeKind.Interface => "an interface",
        TypeKind.Enum => "an enum",
        TypeKind.Union => "a union",
        _ => "a scalar",
    };
}
