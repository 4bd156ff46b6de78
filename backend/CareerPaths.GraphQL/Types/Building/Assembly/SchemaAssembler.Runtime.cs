using System.Collections.Frozen;
using CareerPaths.GraphQL.Introspection;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>Phases 6 and 7: resolvers, abstract type resolution, input factories, and the schema itself.</summary>
internal sealed partial class SchemaAssembler
{
    private FieldResolver DefaultResolverFor(ComplexType owner, string fieldName)
    {
        var runtimeType = _builder.TypeConfigs.TryGetValue(owner.Name, out var config) ? config.RuntimeType : null;
        var getter = runtimeType is null ? null : DefaultFieldResolver.CompileGetter(runtimeType, fieldName);
        if (getter is null)
        {
            return DefaultFieldResolver.For(fieldName);
        }

        // The bound .NET type's property, compiled once; other sources fall back to the dynamic lookup.
        return FieldResolver.Default(source => source is not null && source.GetType() == runtimeType
            ? getter(source)
            : DefaultFieldResolver.Read(source, fieldName));
    }

    private void BindRuntime()
    {
        foreach (var (config, type) in _built)
        {
            switch (type)
            {
                case InterfaceType iface:
                    var implementations = _built.Select(b => b.Type).OfType<ComplexType>().Where(t => t.Implements(iface)).ToArray();
                    iface.ImplementingInterfaces = implementations.OfType<InterfaceType>().ToArray();
                    iface.Resolution = new AbstractTypeResolution(implementations.OfType<ObjectType>().ToArray(), TypeResolverFor(config), LookupInSchema);
                    break;
                case UnionType union:
                    union.Resolution = new AbstractTypeResolution(union.Types, TypeResolverFor(config), LookupInSchema);
                    break;
                case InputObjectType { RuntimeType: not null } input:
                    try
                    {
                        input.Factory = InputObjectFactory.Compile(input.RuntimeType, input.Fields);
                    }
                    catch (InvalidOperationException exception)
                    {
                        Error($"Input Object type {input.Name}: {exception.Message}");
                    }

                    break;
            }
        }
    }

    private NamedType? LookupInSchema(string name) => _schema?.GetType(name);

    private TypeResolver? TypeResolverFor(TypeConfig config)
    {
        if (config.ResolveType is not { } byName)
        {
            return null;
        }

        return (value, context) => byName(value, context) is { } name ? context.Schema.GetType(name) as ObjectType : null;
    }

    private Schema CreateSchema()
    {
        var query = RootType(OperationType.Query);
        var mutation = RootType(OperationType.Mutation);
        var subscription = RootType(OperationType.Subscription);
        if (query is null)
        {
            Error("Query root type must be provided.", _builder.SchemaDefinition);
            ThrowIfErrors();
        }

        // Custom directives first, then the built-in ones, as graphql-js's buildASTSchema orders them.
        var directives = _customDirectives.Concat(BuiltInDirectives.All).ToArray();
        var roots = new[] { query!, mutation, subscription }.Where(r => r is not null).Select(r => (NamedType)r!);
        var types = TypeMapOrder.Collect(_built.Select(b => b.Type).ToArray(), roots, directives, IntrospectionTypes.Schema);
        var (schemaField, typeField, typeNameField) = IntrospectionFields.Create(query!);
        _schema = new Schema(new SchemaParts
        {
            Description = _builder.SchemaDescription,
            QueryType = query!,
            MutationType = mutation,
            SubscriptionType = subscription,
            Types = types,
            Directives = directives,
            AppliedDirectives = _schemaApplied,
            AstNode = _builder.SchemaDefinition,
            ExtensionAstNodes = _builder.SchemaExtensions.ToArray(),
            Metadata = _builder.SchemaMetadata.ToFrozenDictionary(StringComparer.Ordinal),
            IntrospectionEnabled = _builder.IntrospectionEnabled,
            SchemaMetaField = schemaField,
            TypeMetaField = typeField,
            TypeNameMetaField = typeNameField,
        });
        return _schema;
    }

    private ObjectType? RootType(OperationType operation)
    {
        NamedTypeNode? node = _builder.RootTypes.GetValueOrDefault(operation);
        // With a schema definition only its operation types count (spec §3.3.1); otherwise the default names.
        var sdlRoots = _builder.SchemaDefinition is not null || _builder.SchemaExtensions.Any(e => e.OperationTypes.Count > 0);
        var name = node?.Name.Value ?? (sdlRoots ? null : DefaultRootName(operation));
        if (name is null)
        {
            return null;
        }

        var type = LookupType(name);
        if (type is null)
        {
            if (node is not null)
            {
                Error($"Unknown type \"{name}\".", node);
            }

            return null;
        }

        if (type is ObjectType obj)
        {
            return obj;
        }

        if (node is not null || operation == OperationType.Query)
        {
            var label = operation.ToString();
            Error(operation == OperationType.Query
                ? $"{label} root type must be Object type, it cannot be {name}."
                : $"{label} root type must be Object type if provided, it cannot be {name}.", node ?? (SyntaxNode?)type.AstNode);
        }

        return null;
    }

    private static string DefaultRootName(OperationType operation) => operation switch
    {
        OperationType.Query => "Query",
        OperationType.Mutation => "Mutation",
        _ => "Subscription",
    };
}
