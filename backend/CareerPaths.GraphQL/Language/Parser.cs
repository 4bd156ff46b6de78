using System.Buffers;
using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Language.Lexing;

namespace CareerPaths.GraphQL.Language;

/// <summary>
/// A recursive-descent parser for the grammar of spec §2 (executable documents) and §3 (type-system SDL),
/// with one token of lookahead. Every recursion passes through <see cref="EnterNesting"/>, so a document
/// can never nest deeper than <see cref="ParserOptions.MaxDepth"/> and cannot overflow the stack.
/// </summary>
public sealed partial class Parser
{
    private readonly int _maxTokens;
    private readonly int _maxDepth;
    private Lexer _lexer;
    private int _tokenCount;
    private int _depth;

    private Parser(string source, ParserOptions? options)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= ParserOptions.Default;
        _maxTokens = options.MaxTokens;
        _maxDepth = options.MaxDepth;
        _lexer = new Lexer(source);
        _stack = ArrayPool<SyntaxNode>.Shared.Rent(64);
    }

    /// <summary>Parses a whole document (spec §2.2 Document): executable and type-system definitions alike.</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        try
        {
            return parser.ParseDocument();
        }
        finally
        {
            parser.ReleaseStack();
        }
    }

    /// <summary>Parses one value literal, which may contain variables (spec §2.9 Value).</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null) =>
        ParseWhole(source, options, static p => p.ParseValueLiteral(isConst: false));

    /// <summary>Parses one constant value literal: no variables (spec §2.9 Value[Const]).</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null) =>
        ParseWhole(source, options, static p => p.ParseValueLiteral(isConst: true));

    /// <summary>Parses a type reference such as <c>[String!]!</c> (spec §2.11 Type).</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null) =>
        ParseWhole(source, options, static p => p.ParseTypeReference());

    private static T ParseWhole<T>(string source, ParserOptions? options, Func<Parser, T> parse)
    {
        var parser = new Parser(source, options);
        try
        {
            parser.Expect(TokenKind.StartOfFile);
            var result = parse(parser);
            parser.Expect(TokenKind.EndOfFile);
            return result;
        }
        finally
        {
            parser.ReleaseStack();
        }
    }

    // Spec §2.2 Document : Definition+
    private DocumentNode ParseDocument()
    {
        Expect(TokenKind.StartOfFile);
        var mark = _stackTop;
        do
        {
            Push(ParseDefinition());
        }
        while (!ExpectOptional(TokenKind.EndOfFile));

        var definitions = PopList<DefinitionNode>(mark);
        return new DocumentNode(new Location(0, _lexer.PreviousEnd, 1, 1), definitions, _tokenCount);
    }

    // Spec §2.2 Definition: chosen by the keyword, which follows the description when there is one.
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keyword = hasDescription ? Lookahead() : _lexer;
        if (hasDescription && keyword.Kind == TokenKind.BraceL)
        {
            throw ErrorAtCurrent("Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            switch (keyword.Value)
            {
                case "schema": return ParseSchemaDefinition();
                case "scalar": return ParseScalarTypeDefinition();
                case "type": return ParseObjectTypeDefinition();
                case "interface": return ParseInterfaceTypeDefinition();
                case "union": return ParseUnionTypeDefinition();
                case "enum": return ParseEnumTypeDefinition();
                case "input": return ParseInputObjectTypeDefinition();
                case "directive": return ParseDirectiveDefinition();
                case "query" or "mutation" or "subscription": return ParseOperationDefinition();
                case "fragment": return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                throw ErrorAtCurrent("Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (keyword.Value == "extend")
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }
}
