using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Language.Ast;

namespace CareerPaths.GraphQL.Types;

/// <summary>SDL is written by the service, not by clients: it is parsed without the request token limit.</summary>
internal static class SdlParser
{
    public static DocumentNode Parse(string sdl) => Parser.Parse(sdl, ParserOptions.Trusted);
}
