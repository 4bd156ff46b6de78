using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>Adds the members written in SDL (fields, arguments, values, member types) to a type configuration.</summary>
internal static class SdlMembers
{
    public static void Add(SchemaBuilder builder, TypeConfig config, SyntaxNode node)
    {
        switch (node)
        {
            case ObjectTypeDefinitionNode o:
                AddInterfaces(builder, config, o.Interfaces);
                AddFields(builder, config, o.Fields);
                break;
            case InterfaceTypeDefinitionNode i:
                AddInterfaces(builder, config, i.Interfaces);
                AddFields(builder, config, i.Fields);
                break;
            case ObjectTypeExtensionNode oe:
                AddInterfaces(builder, config, oe.Interfaces);
                AddFields(builder, config, oe.Fields);
                break;
            case InterfaceTypeExtensionNode ie:
                AddInterfaces(builder, config, ie.Interfaces);
                AddFields(builder, config, ie.Fields);
                break;
            case UnionTypeDefinitionNode u:
                config.UnionMembers.AddRange(u.Types);
                break;
            case UnionTypeExtensionNode ue:
                config.UnionMembers.AddRange(ue.Types);
                break;
            case EnumTypeDefinitionNode e:
                AddValues(builder, config, e.Values);
                break;
            case EnumTypeExtensionNode ee:
                AddValues(builder, config, ee.Values);
                break;
            case InputObjectTypeDefinitionNode io:
                AddInputFields(builder, config, io.Fields);
                break;
            case InputObjectTypeExtensionNode ioe:
                AddInputFields(builder, config, ioe.Fields);
                break;
        }
    }

    public static void AddArguments(SchemaBuilder builder, List<InputValueConfig> target, IReadOnlyList<InputValueDefinitionNode> nodes, string parent)
    {
        foreach (var node in nodes)
        {
            var existing = target.Find(a => a.Name == node.Name.Value);
            if (existing?.AstNode is not null)
            {
                builder.Error($"Argument \"{parent}({node.Name.Value}:)\" can only be defined once.", existing.AstNode.Name, node.Name);
                continue;
            }

            if (existing is null)
            {
                existing = new InputValueConfig(node.Name.Value);
                target.Add(existing);
            }

            Fill(existing, node);
        }
    }

    private static void Fill(InputValueConfig config, InputValueDefinitionNode node)
    {
        config.AstNode = node;
        config.Description = node.Description?.Value ?? config.Description;
        config.Type = node.Type;
        config.Directives.InsertRange(0, node.Directives);
        if (node.DefaultValue is not null)
        {
            config.DefaultLiteral = node.DefaultValue;
            config.HasDefaultValue = true;
        }
    }

    private static void AddInterfaces(SchemaBuilder builder, TypeConfig config, IReadOnlyList<NamedTypeNode> interfaces) =>
        config.Interfaces.AddRange(interfaces);

    private static void AddFields(SchemaBuilder builder, TypeConfig config, IReadOnlyList<FieldDefinitionNode> fields)
    {
        foreach (var node in fields)
        {
            var existing = config.Fields.Find(f => f.Name == node.Name.Value);
            if (existing?.AstNode is not null)
            {
                builder.Error($"Field \"{config.Name}.{node.Name.Value}\" can only be defined once.", existing.AstNode.Name, node.Name);
                continue;
            }

            var field = config.GetOrAddField(node.Name.Value);
            field.AstNode = node;
            field.Description = node.Description?.Value ?? field.Description;
            field.Type = node.Type;
            field.Directives.InsertRange(0, node.Directives);
            AddArguments(builder, field.Arguments, node.Arguments, config.Name + "." + node.Name.Value);
        }
    }

    private static void AddValues(SchemaBuilder builder, TypeConfig config, IReadOnlyList<EnumValueDefinitionNode> values)
    {
        foreach (var node in values)
        {
            var existing = config.Values.Find(v => v.Name == node.Name.Value);
            if (existing?.AstNode is not null)
            {
                builder.Error($"Enum value \"{config.Name}.{node.Name.Value}\" can only be defined once.", existing.AstNode.Name, node.Name);
                continue;
            }

            if (existing is null)
            {
                existing = new EnumValueConfig(node.Name.Value);
                config.Values.Add(existing);
            }

            existing.AstNode = node;
            existing.Description = node.Description?.Value ?? existing.Description;
            existing.Directives.InsertRange(0, node.Directives);
        }
    }

    private static void AddInputFields(SchemaBuilder builder, TypeConfig config, IReadOnlyList<InputValueDefinitionNode> fields)
    {
        foreach (var node in fields)
        {
            var existing = config.InputFields.Find(f => f.Name == node.Name.Value);
            if (existing?.AstNode is not null)
            {
                builder.Error($"Field \"{config.Name}.{node.Name.Value}\" can only be defined once.", existing.AstNode.Name, node.Name);
                continue;
            }

            Fill(config.GetOrAddInputField(node.Name.Value), node);
        }
    }
}
