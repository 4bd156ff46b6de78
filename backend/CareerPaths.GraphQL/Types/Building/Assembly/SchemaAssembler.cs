using CareerPaths.GraphQL.Introspection;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>
/// Turns the builder's configurations into the immutable runtime types, in phases so that types can refer
/// to each other in cycles: (1) an empty shell per named type, (2) directive definitions, (3) members with
/// resolved type references, (4) coerced default values, (5) applied directives, (6) abstract type
/// resolution, resolvers and input factories, (7) the schema — then validates it once (spec §3).
/// </summary>
internal sealed partial class SchemaAssembler
{
    private readonly SchemaBuilder _builder;
    private readonly bool _typesOnly;
    private readonly List<SchemaError> _errors;
    private readonly Dictionary<string, NamedType> _named = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DirectiveDefinition> _directives = new(StringComparer.Ordinal);
    private readonly List<(TypeConfig Config, NamedType Type)> _built = [];
    private Schema? _schema;

    public SchemaAssembler(SchemaBuilder builder, bool typesOnly = false)
    {
        _builder = builder;
        _typesOnly = typesOnly;
        _errors = [.. builder.Errors];
    }

    public Schema Assemble()
    {
        CreateShells();
        CreateDirectiveDefinitions();
        FillMembers();
        ThrowIfErrors();
        CoerceDefaultValues();
        ApplyDirectives();
        BindRuntime();
        var schema = CreateSchema();
        _errors.AddRange(SchemaValidator.Validate(schema));
        ThrowIfErrors();
        return schema;
    }

    /// <summary>Builds only the named types (no schema, no validation): how the introspection types are made.</summary>
    public IReadOnlyList<NamedType> AssembleTypes()
    {
        CreateShells();
        CreateDirectiveDefinitions();
        FillMembers();
        CoerceDefaultValues();
        ApplyDirectives();
        BindRuntime();
        ThrowIfErrors();
        return _built.Select(b => b.Type).ToArray();
    }

    private void ThrowIfErrors()
    {
        if (_errors.Count > 0)
        {
            throw new SchemaValidationException(_errors);
        }
    }

    private void Error(string message, params SyntaxNode?[] nodes) => _errors.Add(new SchemaError(message, nodes));

    private void CreateShells()
    {
        foreach (var config in _builder.TypeOrder)
        {
            NamedType type = config.Kind switch
            {
                TypeKind.Scalar => Scalars.GetSpecified(config.Name)
                    ?? config.Scalar
                    ?? new DelegateScalarType(config.Name, config.Description),
                TypeKind.Object => new ObjectType(config.Name, config.Description),
                TypeKind.Interface => new InterfaceType(config.Name, config.Description),
                TypeKind.Union => new UnionType(config.Name, config.Description),
                TypeKind.Enum => new EnumType(config.Name, config.Description),
                _ => new InputObjectType(config.Name, config.Description),
            };
            _named[config.Name] = type;
            if (type is ScalarType { IsSpecifiedScalar: true })
            {
                continue;
            }

            _built.Add((config, type));
        }
    }

    /// <summary>Resolves a type reference; reports an unknown name and returns null.</summary>
    private GraphQLType? ResolveType(TypeNode node)
    {
        switch (node)
        {
            case NonNullTypeNode nonNull:
                var inner = ResolveType(nonNull.Type);
                return inner is null or NonNullType ? inner : inner.NonNullOf();
            case ListTypeNode list:
                return ResolveType(list.Type)?.ListOf();
            default:
                var named = (NamedTypeNode)node;
                var type = LookupType(named.Name.Value);
                if (type is null)
                {
                    Error($"Unknown type \"{named.Name.Value}\".", named);
                }

                return type;
        }
    }

    private NamedType? LookupType(string name)
    {
        if (_named.TryGetValue(name, out var type))
        {
            return type;
        }

        NamedType? builtIn = Scalars.GetSpecified(name)
            ?? (name == "DateTime" ? Scalars.DateTime : name == "Date" ? (ScalarType)Scalars.Date : null)
            ?? (_typesOnly ? null : IntrospectionTypes.Get(name));
        if (builtIn is null)
        {
            return null;
        }

        if (builtIn is ScalarType { IsSpecifiedScalar: false } shipped)
        {
            // DateTime and Date join the schema when referenced without being defined.
            _named[name] = shipped;
            _built.Add((new TypeConfig(name, TypeKind.Scalar) { Scalar = shipped }, shipped));
            return shipped;
        }

        return builtIn;
    }

    private NamedType? LookupType(NamedTypeNode node) => LookupType(node.Name.Value);
}
