namespace CareerPaths.GraphQL.Language.Lexing;

/// <summary>The character classes of the lexical grammar (spec §2.1); names are ASCII only.</summary>
internal static class CharacterClasses
{
    /// <summary>Spec §2.1.3 WhiteSpace: tab and space only (Unicode "Zs" is deliberately excluded).</summary>
    public static bool IsWhiteSpace(int c) => c == '\t' || c == ' ';

    public static bool IsDigit(int c) => (uint)(c - '0') <= 9;

    public static bool IsLetter(int c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';

    /// <summary>Spec §2.1.9 NameStart.</summary>
    public static bool IsNameStart(int c) => IsLetter(c) || c == '_';

    /// <summary>Spec §2.1.9 NameContinue.</summary>
    public static bool IsNameContinue(int c) => IsLetter(c) || IsDigit(c) || c == '_';

    /// <summary>A Unicode scalar value: any code point except the surrogates (spec §2.1.1 SourceCharacter).</summary>
    public static bool IsUnicodeScalarValue(int c) => (c >= 0 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0x10FFFF);

    public static bool IsLeadingSurrogate(int c) => c >= 0xD800 && c <= 0xDBFF;

    public static bool IsTrailingSurrogate(int c) => c >= 0xDC00 && c <= 0xDFFF;

    /// <summary>A surrogate pair starting at <paramref name="i"/>: one supplementary code point.</summary>
    public static bool IsSupplementaryCodePoint(string s, int i) =>
        i + 1 < s.Length && IsLeadingSurrogate(s[i]) && IsTrailingSurrogate(s[i + 1]);

    /// <summary>How a character appears in an error message: <c>"a"</c>, <c>'"'</c>, <c>U+00A0</c> or <c>&lt;EOF&gt;</c>.</summary>
    public static string PrintCodePointAt(string s, int i)
    {
        if (i >= s.Length)
        {
            return "<EOF>";
        }

        int code = IsSupplementaryCodePoint(s, i) ? char.ConvertToUtf32(s[i], s[i + 1]) : s[i];
        if (code >= 0x20 && code <= 0x7E)
        {
            return code == '"' ? "'\"'" : "\"" + (char)code + "\"";
        }

        return "U+" + code.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
    }
}
