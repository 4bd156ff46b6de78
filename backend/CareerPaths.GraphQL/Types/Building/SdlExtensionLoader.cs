using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>Applies <c>extend …</c> definitions (spec §3.4.3): the extended type must exist and be of the same kind.</summary>
internal sealed class SdlExtensionLoader(SchemaBuilder builder)
{
    public void Apply(TypeExtensionNode extension)
    {
        var name = extension.Name.Value;
        var kind = extension switch
        {
            ScalarTypeExtensionNode => TypeKind.Scalar,
            ObjectTypeExtensionNode => TypeKind.Object,
            InterfaceTypeExtensionNode => TypeKind.Interface,
            UnionTypeExtensionNode => TypeKind.Union,
            EnumTypeExtensionNode => TypeKind.Enum,
            _ => TypeKind.InputObject,
        };
        if (!builder.TypeConfigs.TryGetValue(name, out var config) && Scalars.GetSpecified(name) is null)
        {
            builder.Error($"Cannot extend type \"{name}\" because it is not defined.", extension.Name);
            return;
        }

        if (config is null)
        {
            // Extending a built-in scalar: only directives can be added, and graphql-js keeps the standard scalar.
            return;
        }

        if (config.Kind != kind)
        {
            builder.Error($"Cannot extend non-{KindName(kind)} type \"{name}\".", config.AstNode, extension);
            return;
        }

        config.Extensions.Add(extension);
        config.Directives.AddRange(extension.Directives);
        SdlMembers.Add(builder, config, extension);
    }

    private static string KindName(TypeKind kind) => kind switch
    {
        TypeKind.Scalar => "scalar",
        TypeKind.Object => "object",
        TypeKind.Interface => "interface",
        TypeKind.Union => "union",
        TypeKind.Enum => "enum",
        _ => "input object",
    };
}
