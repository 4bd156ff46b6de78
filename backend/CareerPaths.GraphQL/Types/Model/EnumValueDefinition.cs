using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>One value of an enum (spec §3.9): its GraphQL name and the .NET value it stands for.</summary>
public sealed class EnumValueDefinition : ITypeSystemMember
{
    internal EnumValueDefinition(string name, object value)
    {
        Name = name;
        Value = value;
    }

    public string Name { get; }

    /// <summary>The internal value: a .NET enum member, any configured object, or the name itself by default.</summary>
    public object Value { get; }

    public string? Description { get; internal set; }

    public string? DeprecationReason { get; internal set; }

    public bool IsDeprecated => DeprecationReason is not null;

    public IReadOnlyList<AppliedDirective> AppliedDirectives { get; internal set; } = [];

    public IReadOnlyDictionary<string, object?> Metadata { get; internal set; } = EmptyMetadata.Instance;

    public EnumValueDefinitionNode? AstNode { get; internal set; }

    /// <summary>The enum this value belongs to.</summary>
    public EnumType DeclaringType { get; internal set; } = null!;

    public override string ToString() => DeclaringType.Name + "." + Name;
}
