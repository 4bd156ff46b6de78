using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CareerPaths.Api.Data.Conventions;

/// <summary>Stores an enum as its kebab-case text (see <see cref="EnumText{TEnum}"/>) instead of a number.</summary>
public sealed class KebabCaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
    value => EnumText<TEnum>.ToText(value),
    text => EnumText<TEnum>.Parse(text))
    where TEnum : struct, Enum;
