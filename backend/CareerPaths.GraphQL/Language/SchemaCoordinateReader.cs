namespace CareerPaths.GraphQL.Language;

/// <summary>Reads one schema coordinate, a token at a time, with error messages like the document parser's.</summary>
internal sealed class SchemaCoordinateReader(string source)
{
    private const char EndOfFile = '\0';
    private const char Name = 'N';

    private int _start;
    private int _end;
    private char _token = '^';

    // Spec "Schema Coordinates": SchemaCoordinate :: TypeCoordinate | MemberCoordinate | ArgumentCoordinate | DirectiveCoordinate | DirectiveArgumentCoordinate
    public SchemaCoordinate ReadCoordinate()
    {
        Advance();
        var isDirective = Optional('@');
        var name = ReadName();
        string? member = null;
        if (!isDirective && Optional('.'))
        {
            member = ReadName();
        }

        string? argument = null;
        if ((isDirective || member is not null) && Optional('('))
        {
            argument = ReadName();
            Expect(':');
            Expect(')');
        }

        Expect(EndOfFile);
        var kind = (isDirective, member, argument) switch
        {
            (true, _, null) => SchemaCoordinateKind.Directive,
            (true, _, _) => SchemaCoordinateKind.DirectiveArgument,
            (false, null, _) => SchemaCoordinateKind.Type,
            (false, _, null) => SchemaCoordinateKind.Member,
            _ => SchemaCoordinateKind.Argument,
        };
        return new SchemaCoordinate(kind, name, member, argument);
    }

    private bool Optional(char token)
    {
        if (_token != token)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void Expect(char token)
    {
        if (!Optional(token))
        {
            throw Error("Expected " + Describe(token, null) + ", found " + DescribeCurrent() + ".");
        }
    }

    private string ReadName()
    {
        if (_token != Name)
        {
            Expect(Name);
        }

        var name = source[_start.._end];
        Advance();
        return name;
    }

    private void Advance()
    {
        _start = _end;
        if (_start >= source.Length)
        {
            _token = EndOfFile;
            return;
        }

        var c = source[_start];
        _end = _start + 1;
        if (c is '.' or '(' or ')' or ':' or '@')
        {
            _token = c;
        }
        else if (Lexing.CharacterClasses.IsNameStart(c))
        {
            while (_end < source.Length && Lexing.CharacterClasses.IsNameContinue(source[_end]))
            {
                _end++;
            }

            _token = Name;
        }
        else
        {
            throw Error("Invalid character: " + Lexing.CharacterClasses.PrintCodePointAt(source, _start) + ".");
        }
    }

    private string DescribeCurrent() => Describe(_token, _token == Name ? source[_start.._end] : null);

    private static string Describe(char token, string? name) => token switch
    {
        EndOfFile => "<EOF>",
        Name => name is null ? "Name" : "Name \"" + name + "\"",
        _ => "\"" + token + "\"",
    };

    private SyntaxError Error(string description) => SyntaxError.At(source, _start, description);
}
