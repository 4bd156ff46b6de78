using System.Collections.Frozen;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>Phase 3: fields, arguments, interfaces, union members, enum values and input fields.</summary>
internal sealed partial class SchemaAssembler
{
    private readonly Dictionary<InputValueDefinition, InputValueConfig> _inputValueConfigs = [];

    private void FillMembers()
    {
        foreach (var (config, type) in _built.ToArray())
        {
            type.Description = config.Description ?? type.Description;
            type.AstNode = config.AstNode;
            type.ExtensionAstNodes = config.Extensions;
            type.AuthorizationPolicies = config.Policies.ToArray();
            type.Metadata = config.Metadata.Count == 0 ? EmptyMetadata.Instance : config.Metadata.ToFrozenDictionary(StringComparer.Ordinal);
            switch (type)
            {
                case ObjectType obj:
                    obj.RuntimeType = config.RuntimeType;
                    obj.IsTypeOf = config.IsTypeOf;
                    FillComplex(config, obj);
                    break;
                case InterfaceType iface:
                    FillComplex(config, iface);
                    break;
                case UnionType union:
                    union.Types = config.UnionMembers
                        .Select(m => (Node: m, Type: ResolveMember(m)))
                        .Where(m => m.Type is not null)
                        .Select(m => m.Type as ObjectType ?? NotObject(union, m.Node, m.Type!))
                        .Where(t => t is not null)
                        .Select(t => t!)
                        .ToArray();
                    break;
                case EnumType enumType:
                    enumType.RuntimeType = config.RuntimeType;
                    enumType.Values = config.Values.Select(v => CreateEnumValue(enumType, v)).ToArray();
                    break;
                case InputObjectType input:
                    input.RuntimeType = config.RuntimeType;
                    input.IsOneOf = HasDirective(config.Directives, "oneOf");
                    input.Fields = config.InputFields
                        .Select(f => CreateInputValue(f, input.Name + "." + f.Name, inputContext: true))
                        .Where(f => f is not null)
                        .Select(f => f!)
                        .ToArray();
                    break;
                case ScalarType scalar when config.Scalar is null:
                    // An SDL scalar without configuration: this assembler owns it and records @specifiedBy.
                    scalar.SpecifiedByUrl = StringArgument(config.Directives, "specifiedBy", "url") ?? scalar.SpecifiedByUrl;
                    break;
            }
        }
    }

    private ObjectType? NotObject(UnionType union, NamedTypeNode node, NamedType type)
    {
        Error($"Union type {union.Name} can only include Object types, it cannot include {type.Name}.", node);
        return null;
    }

    private NamedType? ResolveMember(NamedTypeNode node)
    {
        var type = LookupType(node);
        if (type is null)
        {
            Error($"Unknown type \"{node.Name.Value}\".", node);
        }

        return type;
    }

    private void FillComplex(TypeConfig config, ComplexType type)
    {
        var interfaces = new List<InterfaceType>();
        foreach (var node in config.Interfaces)
        {
            var resolved = ResolveMember(node);
            if (resolved is InterfaceType iface)
            {
                interfaces.Add(iface);
            }
            else if (resolved is not null)
            {
                Error($"Type {type.Name} must only implement Interface types, it cannot implement {resolved.Name}.", node);
            }
        }

        type.Interfaces = interfaces;
        var fields = new List<FieldDefinition>();
        foreach (var fieldConfig in config.Fields)
        {
            var field = CreateField(type, fieldConfig);
            if (field is not null)
            {
                fields.Add(field);
            }
        }

        // Only pure code-first objects inherit: an SDL object must list its interface fields (spec §3.6.2).
        if (config.InheritInterfaceFields && config.AstNode is null)
        {
            InheritInterfaceFields(type, config, fields);
        }

        type.Fields = fields;
    }

    private void InheritInterfaceFields(ComplexType type, TypeConfig config, List<FieldDefinition> fields)
    {
        foreach (var ifaceNode in config.Interfaces)
        {
            if (!_builder.TypeConfigs.TryGetValue(ifaceNode.Name.Value, out var ifaceConfig) || ifaceConfig.Kind != TypeKind.Interface)
            {
                continue;
            }

            foreach (var inherited in ifaceConfig.Fields)
            {
                if (fields.Exists(f => f.Name == inherited.Name))
                {
                    continue;
                }

                var field = CreateField(type, inherited);
                if (field is not null)
                {
                    // An interface's resolver is only a default: the object's own values are read otherwise.
                    field.Resolver = inherited.Resolver ?? DefaultResolverFor(type, inherited.Name);
                    fields.Add(field);
                }
            }
        }
    }

    private FieldDefinition? CreateField(ComplexType owner, FieldConfig config)
    {
        var typeNode = config.Type ?? (config.TypeHint is null ? null : ClrTypes.Infer(config.TypeHint, OutputTypeFor));
        if (typeNode is null)
        {
            Error($"The type of {owner.Name}.{config.Name} is not set and cannot be inferred; give it with .Type(\"…\").", config.AstNode);
            return null;
        }

        var type = ResolveType(typeNode);
        if (type is null)
        {
            return null;
        }

        var field = new FieldDefinition(config.Name, type)
        {
            Description = config.Description,
            DeclaringType = owner,
            AstNode = config.AstNode,
            DeprecationReason = DeprecationReason(config.Directives),
            AuthorizationPolicies = config.Policies.ToArray(),
            Cost = config.Cost,
            ListSizeArguments = config.ListSizeArguments.ToArray(),
            AssumedListSize = config.AssumedListSize,
            Metadata = config.Metadata.Count == 0 ? EmptyMetadata.Instance : config.Metadata.ToFrozenDictionary(StringComparer.Ordinal),
        };
        field.Arguments = config.Arguments
            .Select(a => CreateInputValue(a, $"{owner.Name}.{config.Name}({a.Name}:)", inputContext: true))
            .Where(a => a is not null)
            .Select(a => a!)
            .ToArray();
        field.Resolver = config.Resolver ?? DefaultResolverFor(owner, config.Name);
        _fieldConfigs[field] = config;
        return field;
    }

    private InputValueDefinition? CreateInputValue(InputValueConfig config, string coordinate, bool inputContext)
    {
        var typeNode = config.Type ?? (config.TypeHint is null ? null : ClrTypes.Infer(config.TypeHint, InputTypeFor));
        if (typeNode is null)
        {
            Error($"The type of {coordinate} is not set and cannot be inferred; give it with .Type(\"…\").", config.AstNode);
            return null;
        }

        var type = ResolveType(typeNode);
        if (type is null)
        {
            return null;
        }

        var value = new InputValueDefinition(config.Name, type, coordinate)
        {
            Description = config.Description,
            AstNode = config.AstNode,
            DeprecationReason = DeprecationReason(config.Directives),
            Metadata = config.Metadata.Count == 0 ? EmptyMetadata.Instance : config.Metadata.ToFrozenDictionary(StringComparer.Ordinal),
        };
        _inputValueConfigs[value] = config;
        return value;
    }

    private EnumValueDefinition CreateEnumValue(EnumType owner, EnumValueConfig config) =>
        new(config.Name, config.Value ?? config.Name)
        {
            Description = config.Description,
            DeclaringType = owner,
            AstNode = config.AstNode,
            DeprecationReason = DeprecationReason(config.Directives),
            Metadata = config.Metadata.Count == 0 ? EmptyMetadata.Instance : config.Metadata.ToFrozenDictionary(StringComparer.Ordinal),
        };

    private string? OutputTypeFor(Type clrType) => TypeNameFor(clrType, TypeKind.Object, TypeKind.Enum, TypeKind.Interface);

    private string? InputTypeFor(Type clrType) => TypeNameFor(clrType, TypeKind.InputObject, TypeKind.Enum, TypeKind.Scalar);

    private string? TypeNameFor(Type clrType, params TypeKind[] kinds) =>
        _builder.TypeOrder.FirstOrDefault(c => c.RuntimeType == clrType && kinds.Contains(c.Kind))?.Name;

    /// <summary>The reason of a <c>@deprecated</c> among the nodes, read early (the full directive is checked later).</summary>
    private static string? DeprecationReason(IReadOnlyList<DirectiveNode> directives)
    {
        if (!HasDirective(directives, "deprecated"))
        {
            return null;
        }

        return StringArgument(directives, "deprecated", "reason") ?? BuiltInDirectives.DefaultDeprecationReason;
    }

    private static bool HasDirective(IReadOnlyList<DirectiveNode> directives, string name) =>
        directives.Any(d => d.Name.Value == name);

    private static string? StringArgument(IReadOnlyList<DirectiveNode> directives, string directive, string argument) =>
        directives.FirstOrDefault(d => d.Name.Value == directive)?.Arguments
            .FirstOrDefault(a => a.Name.Value == argument)?.Value is StringValueNode s ? s.Value : null;
}
