using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>
/// Reads SDL definitions into the builder's type configurations (spec §3), reporting the SDL rules graphql-js
/// checks before building (unique names, lone schema definition, unique operation types). Extensions are
/// applied after every definition of the document, since they may come first.
/// </summary>
internal sealed class SdlLoader(SchemaBuilder builder)
{
    public void Load(DocumentNode document)
    {
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    LoadSchema(schema);
                    break;
                case TypeDefinitionNode type:
                    LoadType(type);
                    break;
                case DirectiveDefinitionNode directive:
                    LoadDirective(directive);
                    break;
                case SchemaExtensionNode schemaExtension:
                    builder.SchemaExtensions.Add(schemaExtension);
                    builder.SchemaDirectives.AddRange(schemaExtension.Directives);
                    AddOperationTypes(schemaExtension.OperationTypes);
                    break;
                case TypeExtensionNode extension:
                    builder.PendingExtensions.Add(extension);
                    break;
            }
        }

        foreach (var extension in builder.PendingExtensions)
        {
            new SdlExtensionLoader(builder).Apply(extension);
        }

        builder.PendingExtensions.Clear();
    }

    private void LoadSchema(SchemaDefinitionNode schema)
    {
        if (builder.SchemaDefinition is not null)
        {
            builder.Error("Must provide only one schema definition.", schema);
            return;
        }

        builder.SchemaDefinition = schema;
        builder.SchemaDescription = schema.Description?.Value ?? builder.SchemaDescription;
        builder.SchemaDirectives.AddRange(schema.Directives);
        AddOperationTypes(schema.OperationTypes);
    }

    private void AddOperationTypes(IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        foreach (var operationType in operationTypes)
        {
            if (builder.RootTypes.ContainsKey(operationType.Operation))
            {
                builder.Error($"There can be only one {operationType.Operation.ToString().ToLowerInvariant()} type in schema.", operationType);
                continue;
            }

            builder.RootTypes[operationType.Operation] = operationType.Type;
        }
    }

    private void LoadType(TypeDefinitionNode node)
    {
        var kind = node switch
        {
            ScalarTypeDefinitionNode => TypeKind.Scalar,
            ObjectTypeDefinitionNode => TypeKind.Object,
            InterfaceTypeDefinitionNode => TypeKind.Interface,
            UnionTypeDefinitionNode => TypeKind.Union,
            EnumTypeDefinitionNode => TypeKind.Enum,
            _ => TypeKind.InputObject,
        };
        var name = node.Name.Value;
        if (builder.TypeConfigs.TryGetValue(name, out var existing) && existing.AstNode is not null)
        {
            builder.Error($"There can be only one type named \"{name}\".", existing.AstNode.Name, node.Name);
            return;
        }

        var config = builder.GetOrAddType(name, kind, node);
        config.AstNode = node;
        config.Description = node.Description?.Value ?? config.Description;
        config.Directives.InsertRange(0, node.Directives);
        SdlMembers.Add(builder, config, node);
    }

    private void LoadDirective(DirectiveDefinitionNode node)
    {
        var name = node.Name.Value;
        if (builder.HasDirective(name))
        {
            builder.Error($"There can be only one directive named \"@{name}\".", node.Name);
            return;
        }

        var config = builder.GetOrAddDirective(name);
        config.AstNode = node;
        config.Description = node.Description?.Value;
        config.IsRepeatable = node.IsRepeatable;
        config.Locations.AddRange(node.Locations.Select(l => l.Value));
        SdlMembers.AddArguments(builder, config.Arguments, node.Arguments, "@" + name);
    }
}
