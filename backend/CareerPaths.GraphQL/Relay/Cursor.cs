using System.Globalization;

namespace CareerPaths.GraphQL.Relay;

/// <summary>
/// Connection cursors: the opaque base64url text of <c>offset:N</c>, N being the item's position in the
/// connection's order. Position cursors are stable while the list does not change under the client; see
/// docs/api.md for why the catalogue accepts that.
/// </summary>
public static class Cursor
{
    private const string Prefix = "offset";

    /// <summary>Larger offsets are refused, which keeps all page arithmetic far from overflow.</summary>
    public const int MaxOffset = 1_000_000_000;

    public static string Encode(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        return GlobalId.Encode(Prefix, offset.ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Reads a cursor this class wrote; anything else (and any other spelling of it) is refused.</summary>
    public static bool TryDecode(string? cursor, out int offset)
    {
        offset = 0;
        return GlobalId.TryDecode(cursor, out var id, out _)
            && id.TypeName == Prefix
            && LocalId.TryParse(id.LocalId, out offset)
            && offset is >= 0 and <= MaxOffset;
    }
}
