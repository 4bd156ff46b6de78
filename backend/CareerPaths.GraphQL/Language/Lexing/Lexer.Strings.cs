using System.Text;
using static CareerPaths.GraphQL.Language.Lexing.CharacterClasses;

namespace CareerPaths.GraphQL.Language.Lexing;

internal partial struct Lexer
{
    // Spec §2.9.4 StringValue: "…" with escapes; any Unicode scalar value except line terminators.
    // Without escapes the value is one substring; a builder is only made once an escape appears.
    private void ReadString(int start)
    {
        var body = _source;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? value = null;
        while (position < body.Length)
        {
            var c = body[position];
            if (c == '"')
            {
                var text = value is null
                    ? body.Substring(chunkStart, position - chunkStart)
                    : value.Append(body, chunkStart, position - chunkStart).ToString();
                SetToken(TokenKind.String, start, position + 1, text);
                return;
            }

            if (c == '\\')
            {
                value ??= new StringBuilder(position - chunkStart + 16);
                value.Append(body, chunkStart, position - chunkStart);
                position = ReadEscape(position, value);
                chunkStart = position;
                continue;
            }

            if (c == '\n' || c == '\r')
            {
                break;
            }

            if (!char.IsSurrogate(c))
            {
                position++;
            }
            else if (IsSupplementaryCodePoint(body, position))
            {
                position += 2;
            }
            else
            {
                throw InvalidCharacterWithinString(position);
            }
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary>Reads the escape sequence at <paramref name="position"/> into <paramref name="value"/>; returns where it ends.</summary>
    private readonly int ReadEscape(int position, StringBuilder value)
    {
        if (CharAt(position + 1) == 'u')
        {
            return CharAt(position + 2) == '{'
                ? ReadEscapedUnicodeVariableWidth(position, value)
                : ReadEscapedUnicodeFixedWidth(position, value);
        }

        char escaped;
        switch (CharAt(position + 1))
        {
            case '"': escaped = '"'; break;
            case '\\': escaped = '\\'; break;
            case '/': escaped = '/'; break;
            case 'b': escaped = '\b'; break;
            case 'f': escaped = '\f'; break;
            case 'n': escaped = '\n'; break;
            case 'r': escaped = '\r'; break;
            case 't': escaped = '\t'; break;
            default: throw Error(position, "Invalid character escape sequence: \"" + Slice(position, 2) + "\".");
        }

        value.Append(escaped);
        return position + 2;
    }

    // Spec §2.9.4 EscapedUnicode `{` HexDigit+ `}` (September 2025): any Unicode scalar value, at most 8 digits.
    private readonly int ReadEscapedUnicodeVariableWidth(int position, StringBuilder value)
    {
        var point = 0;
        var size = 3;
        while (size < 12)
        {
            var code = CharAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !IsUnicodeScalarValue(point))
                {
                    break;
                }

                AppendCodePoint(value, point);
                return position + size;
            }

            // Shifting past 31 bits goes negative, like graphql-js's 32-bit arithmetic: too large.
            point = (point << 4) | ReadHexDigit(code);
            if (point < 0)
            {
                break;
            }
        }

        throw Error(position, "Invalid Unicode escape sequence: \"" + Slice(position, size) + "\".");
    }

    // Spec §2.9.4 EscapedUnicode HexDigit×4; a leading surrogate followed by an escaped trailing one is one code point.
    private readonly int ReadEscapedUnicodeFixedWidth(int position, StringBuilder value)
    {
        var code = Read16BitHexCode(position + 2);
        if (IsUnicodeScalarValue(code))
        {
            value.Append((char)code);
            return position + 6;
        }

        if (IsLeadingSurrogate(code) && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailing = Read16BitHexCode(position + 8);
            if (IsTrailingSurrogate(trailing))
            {
                value.Append((char)code).Append((char)trailing);
                return position + 12;
            }
        }

        throw Error(position, "Invalid Unicode escape sequence: \"" + Slice(position, 6) + "\".");
    }

    /// <summary>Four hex digits as a number, or a negative number if any is not a hex digit.</summary>
    private readonly int Read16BitHexCode(int position) =>
        (ReadHexDigit(CharAt(position)) << 12)
        | (ReadHexDigit(CharAt(position + 1)) << 8)
        | (ReadHexDigit(CharAt(position + 2)) << 4)
        | ReadHexDigit(CharAt(position + 3));

    private static int ReadHexDigit(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };

    private static void AppendCodePoint(StringBuilder value, int point)
    {
        if (point < 0x10000)
        {
            value.Append((char)point);
        }
        else
        {
            point -= 0x10000;
            value.Append((char)(0xD800 + (point >> 10))).Append((char)(0xDC00 + (point & 0x3FF)));
        }
    }

    /// <summary>Up to <paramref name="length"/> code units of source from <paramref name="start"/>, for messages.</summary>
    private readonly string Slice(int start, int length) =>
        _source.Substring(start, Math.Min(length, _source.Length - start));

    private readonly SyntaxError InvalidCharacterWithinString(int position) =>
        Error(position, "Invalid character within String: " + PrintCodePointAt(_source, position) + ".");
}
