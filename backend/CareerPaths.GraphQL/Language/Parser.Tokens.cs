using System.Buffers;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Language.Lexing;

namespace CareerPaths.GraphQL.Language;

// Token handling, limits, node locations and list building shared by every part of the grammar.
public sealed partial class Parser
{
    // Items of the lists being built, one region per open list: a child's items are pushed and popped above its
    // parent's, so a finished list is copied once into an exact-size array and no List<T> is allocated.
    private SyntaxNode[] _stack;
    private int _stackTop;

    private bool Peek(TokenKind kind) => _lexer.Kind == kind;

    private bool PeekDescription() => _lexer.Kind is TokenKind.String or TokenKind.BlockString;

    /// <summary>Moves to the next token, enforcing <see cref="ParserOptions.MaxTokens"/>.</summary>
    private void Advance()
    {
        _lexer.Advance();
        if (_lexer.Kind != TokenKind.EndOfFile && ++_tokenCount > _maxTokens)
        {
            throw ErrorAtCurrent($"Document exceeds the maximum of {_maxTokens} tokens.");
        }
    }

    /// <summary>The token after the current one, without consuming anything (the lexer is a struct, so this is a copy).</summary>
    private Lexer Lookahead()
    {
        var next = _lexer;
        next.Advance();
        return next;
    }

    private void Expect(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            throw ErrorAtCurrent(
                "Expected " + TokenKindDescriptions.Describe(kind) + ", found " + DescribeCurrent() + ".");
        }

        Advance();
    }

    private bool ExpectOptional(TokenKind kind)
    {
        if (_lexer.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!ExpectOptionalKeyword(keyword))
        {
            throw ErrorAtCurrent("Expected \"" + keyword + "\", found " + DescribeCurrent() + ".");
        }
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        if (_lexer.Kind != TokenKind.Name || _lexer.Value != keyword)
        {
            return false;
        }

        Advance();
        return true;
    }

    /// <summary>Enters a selection set, list or object value, or list type; see <see cref="ParserOptions.MaxDepth"/>.</summary>
    private void EnterNesting()
    {
        if (++_depth > _maxDepth)
        {
            throw ErrorAtCurrent($"Document exceeds the maximum nesting depth of {_maxDepth}.");
        }
    }

    private void ExitNesting() => _depth--;

    /// <summary>Where the current token starts: a node begun here ends wherever the last consumed token ends.</summary>
    private NodeStart Here() => new(_lexer.Start, _lexer.Line, _lexer.Column);

    private Location From(NodeStart start) => new(start.Position, _lexer.PreviousEnd, start.Line, start.Column);

    private Location CurrentTokenLocation() => new(_lexer.Start, _lexer.End, _lexer.Line, _lexer.Column);

    private string DescribeCurrent() => TokenKindDescriptions.Describe(_lexer.Kind, _lexer.Value);

    private SyntaxError ErrorAtCurrent(string description) => SyntaxError.At(_lexer.Source, _lexer.Start, description);

    private SyntaxError Unexpected() => Unexpected(_lexer);

    private static SyntaxError Unexpected(in Lexer token) =>
        SyntaxError.At(token.Source, token.Start, "Unexpected " + TokenKindDescriptions.Describe(token.Kind, token.Value) + ".");

    private void Push(SyntaxNode node)
    {
        if (_stackTop == _stack.Length)
        {
            var larger = ArrayPool<SyntaxNode>.Shared.Rent(_stack.Length * 2);
            Array.Copy(_stack, larger, _stackTop);
            ArrayPool<SyntaxNode>.Shared.Return(_stack, clearArray: true);
            _stack = larger;
        }

        // The pool's array is exactly a SyntaxNode[], so the covariant store check could never fail: skip it.
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_stack), _stackTop++) = node;
    }

    /// <summary>The items pushed since <paramref name="mark"/>, as an array (the shared empty one if none).</summary>
    private T[] PopList<T>(int mark)
        where T : SyntaxNode
    {
        var count = _stackTop - mark;
        if (count == 0)
        {
            return [];
        }

        // Every item above the mark was pushed by the loop that builds this list, so each is a T: copy without
        // per-item cast or store checks.
        var items = new T[count];
        ref var target = ref MemoryMarshal.GetArrayDataReference(items);
        ref var source = ref MemoryMarshal.GetArrayDataReference(_stack);
        for (var i = 0; i < count; i++)
        {
            Debug.Assert(Unsafe.Add(ref source, mark + i) is T, "a list holds only the items its own loop pushed");
            Unsafe.Add(ref target, i) = Unsafe.As<T>(Unsafe.Add(ref source, mark + i));
        }

        _stackTop = mark;
        return items;
    }

    private void ReleaseStack() => ArrayPool<SyntaxNode>.Shared.Return(_stack, clearArray: true);

    private readonly record struct NodeStart(int Position, int Line, int Column);
}
