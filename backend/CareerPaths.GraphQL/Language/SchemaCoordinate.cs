namespace CareerPaths.GraphQL.Language;

/// <summary>What a schema coordinate names.</summary>
public enum SchemaCoordinateKind
{
    /// <summary><c>Type</c></summary>
    Type,

    /// <summary><c>Type.field</c>, <c>Input.field</c> or <c>Enum.VALUE</c></summary>
    Member,

    /// <summary><c>Type.field(argument:)</c></summary>
    Argument,

    /// <summary><c>@directive</c></summary>
    Directive,

    /// <summary><c>@directive(argument:)</c></summary>
    DirectiveArgument,
}

/// <summary>
/// A schema coordinate (September 2025 edition, "Schema Coordinates"): a compact, unique name for a type, field,
/// argument, enum value or directive, as used in error messages, tooling and trusted-document manifests.
/// </summary>
public sealed record SchemaCoordinate(SchemaCoordinateKind Kind, string Name, string? MemberName = null, string? ArgumentName = null)
{
    /// <summary>Parses a coordinate; it may not contain white space or any other ignored token.</summary>
    public static SchemaCoordinate Parse(string source) => new SchemaCoordinateReader(source).ReadCoordinate();

    public override string ToString() => Kind switch
    {
        SchemaCoordinateKind.Type => Name,
        SchemaCoordinateKind.Member => Name + "." + MemberName,
        SchemaCoordinateKind.Argument => Name + "." + MemberName + "(" + ArgumentName + ":)",
        SchemaCoordinateKind.Directive => "@" + Name,
        _ => "@" + Name + "(" + ArgumentName + ":)",
    };
}
