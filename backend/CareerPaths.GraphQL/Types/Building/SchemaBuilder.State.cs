using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>Read access to what the builder collected, for the SDL loader and the assembler.</summary>
public sealed partial class SchemaBuilder
{
    internal IReadOnlyDictionary<string, TypeConfig> TypeConfigs => _types;

    internal IReadOnlyList<TypeConfig> TypeOrder => _typeOrder;

    internal IReadOnlyList<DirectiveConfig> DirectiveOrder => _directiveOrder;

    internal bool HasDirective(string name) => _directives.ContainsKey(name);

    internal List<SchemaError> Errors => _errors;

    internal Dictionary<OperationType, NamedTypeNode> RootTypes => _rootTypes;

    internal List<DirectiveNode> SchemaDirectives => _schemaDirectives;

    internal List<SchemaExtensionNode> SchemaExtensions => _schemaExtensions;

    internal List<TypeExtensionNode> PendingExtensions => _pendingExtensions;

    internal Dictionary<string, object?> SchemaMetadata => _metadata;

    internal SchemaDefinitionNode? SchemaDefinition
    {
        get => _schemaDefinition;
        set => _schemaDefinition = value;
    }

    internal string? SchemaDescription
    {
        get => _description;
        set => _description = value;
    }

    internal bool IntrospectionEnabled => _introspectionEnabled;
}
