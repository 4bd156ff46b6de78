using System.Text;
using static CareerPaths.GraphQL.Language.Lexing.CharacterClasses;

namespace CareerPaths.GraphQL.Language.Lexing;

internal partial struct Lexer
{
    // Spec §2.9.4 BlockString: raw lines up to the closing """, where \""" stands for """; the value is
    // BlockStringValue() of those lines. The token keeps the line it starts on; the lexer then moves past its lines.
    private void ReadBlockString(int start)
    {
        var body = _source;
        var lineStart = _lineStart;
        var position = start + 3;
        var chunkStart = position;
        var lines = new List<string>();
        var currentLine = new StringBuilder();
        while (position < body.Length)
        {
            var c = body[position];
            if (c == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                lines.Add(currentLine.Append(body, chunkStart, position - chunkStart).ToString());
                SetToken(TokenKind.BlockString, start, position + 3, BlockString.Dedent(lines));
                _line += lines.Count - 1;
                _lineStart = lineStart;
                return;
            }

            if (c == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                currentLine.Append(body, chunkStart, position - chunkStart);
                chunkStart = position + 1;
                position += 4;
                continue;
            }

            if (c == '\n' || c == '\r')
            {
                lines.Add(currentLine.Append(body, chunkStart, position - chunkStart).ToString());
                currentLine.Clear();
                position += c == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                lineStart = position;
                continue;
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
}
