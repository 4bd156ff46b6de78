using static CareerPaths.GraphQL.Language.Lexing.CharacterClasses;

namespace CareerPaths.GraphQL.Language.Lexing;

/// <summary>
/// Spec §2.1 Source Text: turns the source into lexical tokens one at a time, skipping Ignored tokens.
/// A mutable struct held by the parser: copying it is a free one-token lookahead, and reading the current
/// token allocates nothing beyond its value string.
/// </summary>
internal partial struct Lexer(string source)
{
    private readonly string _source = source;
    private int _line = 1;
    private int _lineStart;

    public readonly string Source => _source;

    public TokenKind Kind { get; private set; }

    /// <summary>Offset of the current token's first code unit.</summary>
    public int Start { get; private set; }

    /// <summary>Offset just past the current token.</summary>
    public int End { get; private set; }

    public int Line { get; private set; }

    public int Column { get; private set; }

    /// <summary>Names, numbers as written, and strings after escapes and block-string dedent; null for punctuators.</summary>
    public string? Value { get; private set; }

    /// <summary>Where the previous token ended: the end of the node the parser has just finished.</summary>
    public int PreviousEnd { get; private set; }

    public void Advance()
    {
        PreviousEnd = End;
        if (Kind != TokenKind.EndOfFile)
        {
            ReadNextToken(End);
        }
    }

    // Spec §2.1.2–§2.1.8: Ignored tokens (BOM, white space, line terminators, comments, commas), then one Token.
    // One table lookup classifies an ASCII character; anything else is a BOM or an error outside strings and comments.
    private void ReadNextToken(int position)
    {
        var body = _source;
        while ((uint)position < (uint)body.Length)
        {
            var c = body[position];
            var charClass = c < 128 ? AsciiClasses[c] : c == '\uFEFF' ? Ignored : Other;
            switch (charClass)
            {
                case Ignored:
                    position++;
                    continue;
                case NameStart:
                    ReadName(position);
                    return;
                case LineFeed:
                    position++;
                    NewLine(position);
                    continue;
                case CarriageReturn:
                    position += CharAt(position + 1) == '\n' ? 2 : 1;
                    NewLine(position);
                    continue;
                case Hash:
                    position = SkipComment(position);
                    continue;
                case Digit or Minus:
                    ReadNumber(position, c);
                    return;
                case Dot:
                    if (CharAt(position + 1) == '.' && CharAt(position + 2) == '.')
                    {
                        SetToken(TokenKind.Spread, position, position + 3, null);
                        return;
                    }

                    throw MisplacedDot(position);
                case Quote:
                    if (CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
                    {
                        ReadBlockString(position);
                    }
                    else
                    {
                        ReadString(position);
                    }

                    return;
                case Other:
                    throw UnexpectedCharacter(position);
                default:
                    SetToken((TokenKind)charClass, position, position + 1, null);
                    return;
            }
        }

        SetToken(TokenKind.EndOfFile, body.Length, body.Length, null);
    }

    private void NewLine(int lineStart)
    {
        _line++;
        _lineStart = lineStart;
    }

    // Spec §2.1.4 Comment: runs to the end of the line; a lone surrogate ends it and is then rejected as a token.
    private readonly int SkipComment(int position)
    {
        var body = _source;
        position++;
        while (position < body.Length)
        {
            var c = body[position];
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
                break;
            }
        }

        return position;
    }

    // Spec §2.1.9 Name; the hash computed on the way picks the name's slot in the shared NameCache.
    private void ReadName(int start)
    {
        var body = _source;
        var position = start + 1;
        var hash = (uint)body[start];
        while ((uint)position < (uint)body.Length)
        {
            var c = body[position];
            if (!IsNameContinue(c))
            {
                break;
            }

            hash = (hash * 31) + c;
            position++;
        }

        SetToken(TokenKind.Name, start, position, NameCache.Get(body, start, position - start, hash));
    }

    private void SetToken(TokenKind kind, int start, int end, string? value)
    {
        Kind = kind;
        Start = start;
        End = end;
        Line = _line;
        Column = 1 + start - _lineStart;
        Value = value;
    }

    /// <summary>The code unit at <paramref name="position"/>, or -1 past the end (so no class matches it).</summary>
    private readonly int CharAt(int position) => (uint)position < (uint)_source.Length ? _source[position] : -1;

    private readonly SyntaxError Error(int position, string description) =>
        SyntaxError.At(_source, position, description);
}
