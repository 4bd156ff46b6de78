using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>Spec §3.6 and §3.7 type validation: fields, arguments and interface implementations.</summary>
internal sealed partial class SchemaValidator
{
    private void ValidateTypes()
    {
        foreach (var type in schema.Types)
        {
            if (type.IsIntrospectionType)
            {
                continue;
            }

            ValidateName(type.Name, type.AstNode?.Name);
            switch (type)
            {
                case ComplexType complex:
                    ValidateFields(complex);
                    ValidateInterfaces(complex);
                    break;
                case UnionType union:
                    ValidateUnionMembers(union);
                    break;
                case EnumType enumType:
                    ValidateEnumValues(enumType);
                    break;
                case InputObjectType input:
                    ValidateInputFields(input);
                    break;
            }
        }

        ValidateInputObjectsHaveFiniteValues();
        ValidateDefaultValueCycles();
    }

    private void ValidateFields(ComplexType type)
    {
        if (type.Fields.Count == 0)
        {
            Report($"Type {type.Name} must define one or more fields.", [type.AstNode, .. type.ExtensionAstNodes]);
        }

        foreach (var field in type.Fields)
        {
            ValidateName(field.Name, field.AstNode?.Name);
            if (!field.Type.IsOutputType)
            {
                Report($"The type of {field} must be Output Type but got: {field.Type}.", field.AstNode?.Type);
            }

            foreach (var argument in field.Arguments)
            {
                ValidateArgument(argument);
            }
        }
    }

    private void ValidateInterfaces(ComplexType type)
    {
        var seen = new HashSet<InterfaceType>();
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(type, iface))
            {
                Report($"Type {type.Name} cannot implement itself because it would create a circular reference.", ImplementsNodes(type, iface));
                continue;
            }

            if (!seen.Add(iface))
            {
                Report($"Type {type.Name} can only implement {iface.Name} once.", ImplementsNodes(type, iface));
                continue;
            }

            ValidateTypeImplementsAncestors(type, iface);
            ValidateTypeImplementsInterface(type, iface);
        }
    }

    // Spec §3.6.2 IsValidImplementation: transitively implemented interfaces must be declared too.
    private void ValidateTypeImplementsAncestors(ComplexType type, InterfaceType iface)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (!type.Implements(transitive))
            {
                Report(ReferenceEquals(transitive, type)
                    ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.",
                    [.. ImplementsNodes(iface, transitive), .. ImplementsNodes(type, iface)]);
            }
        }
    }

    // Spec §3.6.2 IsValidImplementation: fields present, covariant types, equal arguments, extra ones optional.
    private void ValidateTypeImplementsInterface(ComplexType type, InterfaceType iface)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var typeField = type.GetField(ifaceField.Name);
            if (typeField is null)
            {
                Report($"Interface field {ifaceField} expected but {type.Name} does not provide it.", [ifaceField.AstNode, type.AstNode, .. type.ExtensionAstNodes]);
                continue;
            }

            if (!schema.IsTypeSubTypeOf(typeField.Type, ifaceField.Type))
            {
                Report($"Interface field {ifaceField} expects type {ifaceField.Type} but {typeField} is type {typeField.Type}.", ifaceField.AstNode?.Type, typeField.AstNode?.Type);
            }

            foreach (var ifaceArgument in ifaceField.Arguments)
            {
                var typeArgument = typeField.GetArgument(ifaceArgument.Name);
                if (typeArgument is null)
                {
                    Report($"Interface field argument {ifaceArgument} expected but {typeField} does not provide it.", ifaceArgument.AstNode, typeField.AstNode);
                }
                else if (!Schema.IsEqualType(ifaceArgument.Type, typeArgument.Type))
                {
                    Report($"Interface field argument {ifaceArgument} expects type {ifaceArgument.Type} but {typeArgument} is type {typeArgument.Type}.", ifaceArgument.AstNode?.Type, typeArgument.AstNode?.Type);
                }
            }

            foreach (var typeArgument in typeField.Arguments)
            {
                if (typeArgument.IsRequired && ifaceField.GetArgument(typeArgument.Name) is null)
                {
                    Report($"Argument \"{typeArgument}\" must not be required type \"{typeArgument.Type}\" if not provided by the Interface field \"{ifaceField}\".", typeArgument.AstNode, ifaceField.AstNode);
                }
            }

            if (typeField.IsDeprecated && !ifaceField.IsDeprecated)
            {
                Report($"Interface field {iface.Name}.{ifaceField.Name} is not deprecated, so implementation field {type.Name}.{typeField.Name} must not be deprecated.", DeprecatedNode(typeField.AstNode?.Directives), typeField.AstNode?.Type);
            }
        }
    }

    private static SyntaxNode[] ImplementsNodes(ComplexType type, InterfaceType iface)
    {
        var nodes = new List<SyntaxNode>();
        foreach (var node in (IEnumerable<SyntaxNode?>)[type.AstNode, .. type.ExtensionAstNodes])
        {
            var interfaces = node switch
            {
                ObjectTypeDefinitionNode o => o.Interfaces,
                InterfaceTypeDefinitionNode i => i.Interfaces,
                ObjectTypeExtensionNode oe => oe.Interfaces,
                InterfaceTypeExtensionNode ie => ie.Interfaces,
                _ => [],
            };
            nodes.AddRange(interfaces.Where(n => n.Name.Value == iface.Name));
        }

        return nodes.ToArray();
    }
}
