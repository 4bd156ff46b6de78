using System.Buffers.Text;
using System.Text;

namespace CareerPaths.GraphQL.Relay;

/// <summary>
/// A Relay global object id: the type name and the object's id within that type, served as the opaque
/// base64url (RFC 4648 §5, unpadded) text of <c>TypeName:localId</c>. Clients must treat ids as opaque.
/// </summary>
public readonly record struct GlobalId(string TypeName, string LocalId)
{
    /// <summary>Longer ids are refused before decoding (a type name plus a key is far shorter).</summary>
    public const int MaxLength = 512;

    public static string Encode(string typeName, string localId)
    {
        ArgumentException.ThrowIfNullOrEmpty(typeName);
        ArgumentException.ThrowIfNullOrEmpty(localId);
        return Base64Url.EncodeToString(Encoding.UTF8.GetBytes(typeName + ":" + localId));
    }

    public static string Encode(string typeName, int localId) =>
        Encode(typeName, localId.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public override string ToString() => Encode(TypeName, LocalId);

    /// <summary>
    /// Decodes an id strictly: only the canonical unpadded base64url text of <c>Name:localId</c> is accepted,
    /// where Name is a GraphQL name and localId is non-empty. On failure <paramref name="error"/> says why.
    /// </summary>
    public static bool TryDecode(string? id, out GlobalId globalId, out string error)
    {
        globalId = default;
        if (string.IsNullOrEmpty(id))
        {
            error = "an id cannot be empty";
            return false;
        }

        if (id.Length > MaxLength)
        {
            error = $"an id has at most {MaxLength} characters";
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = Base64Url.DecodeFromChars(id);
        }
        catch (FormatException)
        {
            error = "it is not base64url text";
            return false;
        }

        // Base64Url also reads padded and whitespace-split text; only the one canonical spelling is an id.
        if (!string.Equals(Base64Url.EncodeToString(bytes), id, StringComparison.Ordinal))
        {
            error = "it is not canonical base64url text";
            return false;
        }

        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            error = "it does not decode to text";
            return false;
        }

        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon == text.Length - 1 || !IsName(text.AsSpan(0, colon)))
        {
            error = "it does not name a type and a key";
            return false;
        }

        globalId = new GlobalId(text[..colon], text[(colon + 1)..]);
        error = "";
        return true;
    }

    // Spec §2.1.9 Names: /[_A-Za-z][_0-9A-Za-z]*/
    private static bool IsName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || char.IsAsciiDigit(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
