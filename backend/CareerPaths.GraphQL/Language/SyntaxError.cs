namespace CareerPaths.GraphQL.Language;

/// <summary>
/// A document that is not valid GraphQL syntax (spec §2), or one that exceeds the parser's limits.
/// The message reads like graphql-js's ("Syntax Error: Expected Name, found &lt;EOF&gt;.").
/// </summary>
public sealed class SyntaxError : Exception
{
    public SyntaxError(string description, int position, int line, int column)
        : base("Syntax Error: " + description)
    {
        Description = description;
        Position = position;
        Line = line;
        Column = column;
    }

    /// <summary>The message without the "Syntax Error: " prefix.</summary>
    public string Description { get; }

    /// <summary>Offset in UTF-16 code units from the start of the source.</summary>
    public int Position { get; }

    /// <summary>1-based line, counting \n, \r\n and \r as one line terminator each.</summary>
    public int Line { get; }

    /// <summary>1-based column in UTF-16 code units.</summary>
    public int Column { get; }

    /// <summary>Builds the error for a position in <paramref name="source"/>, computing its line and column.</summary>
    public static SyntaxError At(string source, int position, string description)
    {
        var (line, column) = SourceLocation(source, position);
        return new SyntaxError(description, position, line, column);
    }

    /// <summary>The line and column of an offset, as graphql-js's getLocation computes them.</summary>
    public static (int Line, int Column) SourceLocation(string source, int position)
    {
        var line = 1;
        var lastLineStart = 0;
        for (var i = 0; i < source.Length && i < position; i++)
        {
            var c = source[i];
            if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < source.Length && source[i + 1] == '\n')
                {
                    i++;
                }

                lastLineStart = i + 1;
                line++;
            }
        }

        return (line, position + 1 - lastLineStart);
    }
}
