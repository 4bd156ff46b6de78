using static CareerPaths.GraphQL.Language.Lexing.CharacterClasses;

namespace CareerPaths.GraphQL.Language.Lexing;

internal partial struct Lexer
{
    // Spec §2.9.1 IntValue and §2.9.2 FloatValue, with the lookahead restriction that no Digit, "." or
    // NameStart may follow (so 0x1, 1.e2, 1a, 1.5.2 and 00 are errors, not two tokens).
    private void ReadNumber(int start, int code)
    {
        var position = start;
        var isFloat = false;
        if (code == '-')
        {
            code = CharAt(++position);
        }

        if (code == '0')
        {
            code = CharAt(++position);
            if (IsDigit(code))
            {
                throw Error(position, "Invalid number, unexpected digit after 0: " + PrintCodePointAt(_source, position) + ".");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = CharAt(++position);
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == 'E' || code == 'e')
        {
            isFloat = true;
            code = CharAt(++position);
            if (code == '+' || code == '-')
            {
                code = CharAt(++position);
            }

            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == '.' || IsNameStart(code))
        {
            throw ExpectedDigit(position);
        }

        SetToken(isFloat ? TokenKind.Float : TokenKind.Int, start, position, _source.Substring(start, position - start));
    }

    // Spec §2.9.1 Digit+: at least one digit.
    private readonly int ReadDigits(int start, int firstCode)
    {
        if (!IsDigit(firstCode))
        {
            throw ExpectedDigit(start);
        }

        var position = start + 1;
        while (IsDigit(CharAt(position)))
        {
            position++;
        }

        return position;
    }

    private readonly SyntaxError ExpectedDigit(int position) =>
        Error(position, "Invalid number, expected digit but got: " + PrintCodePointAt(_source, position) + ".");
}
