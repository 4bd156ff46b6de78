using static CareerPaths.GraphQL.Language.Lexing.CharacterClasses;

namespace CareerPaths.GraphQL.Language.Lexing;

// The lexer's error messages for characters that start no token; worded like graphql-js's.
internal partial struct Lexer
{
    private readonly SyntaxError UnexpectedCharacter(int position)
    {
        var c = _source[position];
        if (c == '\'')
        {
            return Error(position, "Unexpected single quote character ('), did you mean to use a double quote (\")?");
        }

        var printed = PrintCodePointAt(_source, position);
        return !char.IsSurrogate(c) || IsSupplementaryCodePoint(_source, position)
            ? Error(position, "Unexpected character: " + printed + ".")
            : Error(position, "Invalid character: " + printed + ".");
    }

    // A "." that does not start "...": two dots, a float without its integer part, or a lone dot.
    private readonly SyntaxError MisplacedDot(int position)
    {
        var next = CharAt(position + 1);
        if (next == '.')
        {
            return Error(position, "Unexpected \"..\", did you mean \"...\"?");
        }

        if (IsDigit(next))
        {
            var end = position + 1;
            while (IsDigit(CharAt(end)))
            {
                end++;
            }

            var digits = _source.Substring(position + 1, end - position - 1);
            return Error(position, "Invalid number, expected digit before \".\", did you mean \"0." + digits + "\"?");
        }

        return UnexpectedCharacter(position);
    }
}
