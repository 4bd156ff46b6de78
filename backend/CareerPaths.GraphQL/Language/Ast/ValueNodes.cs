namespace CareerPaths.GraphQL.Language.Ast;

/// <summary>An input value literal (spec §2.9), or a variable.</summary>
public abstract class ValueNode(Location location) : SyntaxNode(location);

/// <summary>A variable <c>$name</c> (spec §2.10).</summary>
public sealed class VariableNode(Location location, NameNode name) : ValueNode(location)
{
    public NameNode Name { get; } = name;

    public override SyntaxKind Kind => SyntaxKind.Variable;
}

/// <summary>An integer literal, kept as written: coercion decides whether it fits (spec §2.9.1).</summary>
public sealed class IntValueNode(Location location, string value) : ValueNode(location)
{
    public string Value { get; } = value;

    public override SyntaxKind Kind => SyntaxKind.IntValue;
}

/// <summary>A float literal, kept as written (spec §2.9.2).</summary>
public sealed class FloatValueNode(Location location, string value) : ValueNode(location)
{
    public string Value { get; } = value;

    public override SyntaxKind Kind => SyntaxKind.FloatValue;
}

/// <summary>A string literal, already unescaped; <see cref="IsBlock"/> for <c>"""block strings"""</c> (spec §2.9.4).</summary>
public sealed class StringValueNode(Location location, string value, bool isBlock) : ValueNode(location)
{
    public string Value { get; } = value;

    public bool IsBlock { get; } = isBlock;

    public override SyntaxKind Kind => SyntaxKind.StringValue;
}

/// <summary><c>true</c> or <c>false</c> (spec §2.9.3).</summary>
public sealed class BooleanValueNode(Location location, bool value) : ValueNode(location)
{
    public bool Value { get; } = value;

    public override SyntaxKind Kind => SyntaxKind.BooleanValue;
}

/// <summary><c>null</c> (spec §2.9.5).</summary>
public sealed class NullValueNode(Location location) : ValueNode(location)
{
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}

/// <summary>An enum value: a name other than true, false or null (spec §2.9.6).</summary>
public sealed class EnumValueNode(Location location, string value) : ValueNode(location)
{
    public string Value { get; } = value;

    public override SyntaxKind Kind => SyntaxKind.EnumValue;
}

/// <summary>A list literal <c>[…]</c> (spec §2.9.7).</summary>
public sealed class ListValueNode(Location location, IReadOnlyList<ValueNode> values) : ValueNode(location)
{
    public IReadOnlyList<ValueNode> Values { get; } = values;

    public override SyntaxKind Kind => SyntaxKind.ListValue;
}

/// <summary>An input object literal <c>{ name: value }</c> (spec §2.9.8).</summary>
public sealed class ObjectValueNode(Location location, IReadOnlyList<ObjectFieldNode> fields) : ValueNode(location)
{
    public IReadOnlyList<ObjectFieldNode> Fields { get; } = fields;

    public override SyntaxKind Kind => SyntaxKind.ObjectValue;
}

/// <summary>One field of an input object literal.</summary>
public sealed class ObjectFieldNode(Location location, NameNode name, ValueNode value) : SyntaxNode(location)
{
    public NameNode Name { get; } = name;

    public ValueNode Value { get; } = value;

    public override SyntaxKind Kind => SyntaxKind.ObjectField;
}
