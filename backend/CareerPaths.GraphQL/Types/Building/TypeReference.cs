using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>Parses type references written as strings in code (<c>"[Role!]!"</c>) into type nodes.</summary>
internal static class TypeReference
{
    public static TypeNode Parse(string text)
    {
        var position = 0;
        var node = ParseType(text, ref position);
        SkipSpaces(text, ref position);
        return position == text.Length ? node : throw Invalid(text);
    }

    public static string Print(TypeNode node) => node switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => "[" + Print(list.Type) + "]",
        NonNullTypeNode nonNull => Print(nonNull.Type) + "!",
        _ => throw new ArgumentException("Unknown type node.", nameof(node)),
    };

    public static NamedTypeNode Named(string name) => new(default, new NameNode(default, name));

    private static TypeNode ParseType(string text, ref int position)
    {
        SkipSpaces(text, ref position);
        TypeNode node;
        if (position < text.Length && text[position] == '[')
        {
            position++;
            var inner = ParseType(text, ref position);
            SkipSpaces(text, ref position);
            if (position >= text.Length || text[position] != ']')
            {
                throw Invalid(text);
            }

            position++;
            node = new ListTypeNode(default, inner);
        }
        else
        {
            var start = position;
            while (position < text.Length && (char.IsAsciiLetterOrDigit(text[position]) || text[position] == '_'))
            {
                position++;
            }

            if (start == position || char.IsAsciiDigit(text[start]))
            {
                throw Invalid(text);
            }

            node = Named(text[start..position]);
        }

        SkipSpaces(text, ref position);
        if (position < text.Length && text[position] == '!')
        {
            position++;
            node = new NonNullTypeNode(default, node);
        }

        return node;
    }

    private static void SkipSpaces(string text, ref int position)
    {
        while (position < text.Length && text[position] == ' ')
        {
            position++;
        }
    }

    private static ArgumentException Invalid(string text) =>
        new($"\"{text}\" is not a GraphQL type reference such as \"[Role!]!\".", nameof(text));
}
