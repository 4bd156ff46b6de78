namespace CareerPaths.GraphQL.Language.Lexing;

/// <summary>The character classes of the lexical grammar (spec §2.1); names are ASCII only.</summary>
internal static class CharacterClasses
{
    // Classes of ASCII characters for the lexer's dispatch. Values below 32 are the TokenKind of a
    // one-character punctuator (spec §2.1.8), so the lexer can use the class as the token's kind directly.
    public const byte Other = 255;
    public const byte Ignored = 32;
    public const byte LineFeed = 33;
    public const byte CarriageReturn = 34;
    public const byte Hash = 35;
    public const byte Dot = 36;
    public const byte Quote = 37;
    public const byte Digit = 38;
    public const byte Minus = 39;
    public const byte NameStart = 40;

    public static readonly byte[] AsciiClasses = BuildAsciiClasses();

    private static byte[] BuildAsciiClasses()
    {
        var classes = new byte[128];
        Array.Fill(classes, Other);
        classes['\t'] = classes[' '] = classes[','] = Ignored;
        classes['\n'] = LineFeed;
        classes['\r'] = CarriageReturn;
        classes['#'] = Hash;
        classes['.'] = Dot;
        classes['"'] = Quote;
        classes['-'] = Minus;
        for (var c = '0'; c <= '9'; c++)
        {
            classes[c] = Digit;
        }

        for (var c = 'a'; c <= 'z'; c++)
        {
            classes[c] = classes[c - 'a' + 'A'] = NameStart;
        }

        classes['_'] = NameStart;
        classes['!'] = (byte)TokenKind.Bang;
        classes['$'] = (byte)TokenKind.Dollar;
        classes['&'] = (byte)TokenKind.Amp;
        classes['('] = (byte)TokenKind.ParenL;
        classes[')'] = (byte)TokenKind.ParenR;
        classes[':'] = (byte)TokenKind.Colon;
        classes['='] = (byte)TokenKind.Equals;
        classes['@'] = (byte)TokenKind.At;
        classes['['] = (byte)TokenKind.BracketL;
        classes[']'] = (byte)TokenKind.BracketR;
        classes['{'] = (byte)TokenKind.BraceL;
        classes['|'] = (byte)TokenKind.Pipe;
        classes['}'] = (byte)TokenKind.BraceR;
        return classes;
    }

    /// <summary>Spec §2.1.3 WhiteSpace: tab and space only (Unicode "Zs" is deliberately excluded).</summary>
    public static bool IsWhiteSpace(int c) => c == '\t' || c == ' ';

    public static bool IsDigit(int c) => (uint)(c - '0') <= 9;

    /// <summary>Spec §2.1.9 NameStart: a letter or underscore.</summary>
    public static bool IsNameStart(int c) => (uint)c < 128 && AsciiClasses[c] == NameStart;

    /// <summary>Spec §2.1.9 NameContinue: a letter, digit or underscore.</summary>
    public static bool IsNameContinue(int c) => (uint)c < 128 && AsciiClasses[c] is NameStart or Digit;

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
