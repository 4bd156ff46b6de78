namespace CareerPaths.GraphQL.Tests.Relay;

public class MutationPayloadTests
{
    private readonly RelayTestSchema _library = new();

    private const string Rename = """
        mutation($title: String!) {
          renameBook(title: $title) {
            book { title }
            errors { __typename ... on Error { message } ... on TitleTakenError { title } }
          }
        }
        """;

    [Fact]
    public async Task ASuccessfulMutationReturnsTheObjectAndNoErrors()
    {
        var response = await _library.RunAsync(Rename, """{"title":"New title"}""");

        Assert.Equal("""{"data":{"renameBook":{"book":{"title":"New title"},"errors":[]}}}""", response.GetRawText());
    }

    [Fact]
    public async Task ARefusedMutationReturnsTypedErrorsWithTheirOwnFields()
    {
        var response = await _library.RunAsync(Rename, """{"title":"Book 2"}""");

        Assert.Equal(
            """{"data":{"renameBook":{"book":null,"errors":[{"__typename":"TitleTakenError","message":"Another book is called \"Book 2\".","title":"Book 2"}]}}}""",
            response.GetRawText());
    }

    [Fact]
    public async Task EachErrorTypeResolvesToItsOwnMember()
    {
        var response = await _library.RunAsync(Rename, """{"title":""}""");

        Assert.Equal(
            """{"data":{"renameBook":{"book":null,"errors":[{"__typename":"TitleEmptyError","message":"A title cannot be empty."}]}}}""",
            response.GetRawText());
    }
}
