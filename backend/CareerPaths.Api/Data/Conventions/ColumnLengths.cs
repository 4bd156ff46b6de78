namespace CareerPaths.Api.Data.Conventions;

/// <summary>Column lengths shared across entities, so the same kind of value has the same limit everywhere.</summary>
public static class ColumnLengths
{
    /// <summary>Catalogue codes are short kebab-case identifiers (<c>information-security-governance</c>).</summary>
    public const int Code = 80;

    public const int Name = 200;

    /// <summary>Enum values stored as kebab-case text.</summary>
    public const int EnumText = 32;

    /// <summary>RFC 5321 limits an e-mail address to 254 characters in practice.</summary>
    public const int Email = 254;

    public const int EmployeeNumber = 32;

    public const int Url = 500;
}
