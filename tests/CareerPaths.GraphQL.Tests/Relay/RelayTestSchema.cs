using System.Text.Json;
using CareerPaths.GraphQL.Execution;
using CareerPaths.GraphQL.Execution.DataLoader;
using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Relay;
using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Tests.Relay;

internal sealed record Book(int Id, string Title);

internal sealed record Author(Guid Id, string Name);

/// <summary>
/// A small library schema using every Relay helper: two node types (int and Guid keys) loaded through
/// DataLoaders that record their batches, a connection of books, and a mutation with a typed payload.
/// </summary>
internal sealed class RelayTestSchema
{
    public static readonly Author Ada = new(Guid.Parse("7b0c8f8e-4a55-4c1e-9a59-2f7f6f0c2d11"), "Ada");

    public RelayTestSchema(int bookCount = 25)
    {
        Books = Enumerable.Range(1, bookCount).Select(i => new Book(i, $"Book {i}")).ToArray();
        Schema = Build(this);
    }

    public IReadOnlyList<Book> Books { get; }

    public Schema Schema { get; }

    /// <summary>The keys of every batch the book loader fetched, in order.</summary>
    public List<int[]> BookBatches { get; } = [];

    public async Task<JsonElement> RunAsync(string query, string? variables = null)
    {
        var result = await new GraphQLExecutor().ExecuteAsync(new ExecutionRequest
        {
            Schema = Schema,
            Document = Parser.Parse(query),
            Variables = variables is null ? null : JsonDocument.Parse(variables).RootElement,
        });
        return JsonDocument.Parse(ExecutionResultWriter.ToJson(result)).RootElement;
    }

    private static Schema Build(RelayTestSchema library) => SchemaBuilder.Create()
        .AddNodeFields()
        .AddConnectionType<Book>("Book")
        .Object<Book>("Book", t =>
        {
            t.AsNode(b => b.Id, (context, id) => library.BookLoader(context).LoadAsync(id));
            t.Field(b => b.Title);
        })
        .Object<Author>("Author", t =>
        {
            t.AsNode(a => a.Id, (_, id) => Task.FromResult(id == Ada.Id ? Ada : null));
            t.Field(a => a.Name);
        })
        .Object("Query", t => t.Field("books").UseConnection("Book", new ConnectionOptions { DefaultPageSize = 10, MaxPageSize = 20 })
            .ResolveAsync(context => ConnectionSlice.FromList(library.Books, ConnectionArguments.From(context))))
        .AddErrorType<TitleTakenError>("TitleTakenError", t => t.Field(e => e.Title))
        .AddErrorType<TitleEmptyError>("TitleEmptyError")
        .AddPayloadType<Book>("RenameBook", "book", "Book", "TitleTakenError", "TitleEmptyError")
        .Object("Mutation", t => t.Field("renameBook").Type("RenameBookPayload!")
            .Argument("title", "String!")
            .Resolve(context => library.Rename(context.Argument<string>("title"))))
        .Build();

    private BatchDataLoader<int, Book> BookLoader(IResolverContext context) =>
        context.BatchLoader<int, Book>("books", (ids, _) =>
        {
            lock (BookBatches)
            {
                BookBatches.Add([.. ids]);
            }

            return Task.FromResult<IReadOnlyDictionary<int, Book>>(Books.Where(b => ids.Contains(b.Id)).ToDictionary(b => b.Id));
        });

    private Payload<Book> Rename(string title) => title switch
    {
        "" => Payload<Book>.Failure(new TitleEmptyError()),
        _ when Books.Any(b => b.Title == title) => Payload<Book>.Failure(new TitleTakenError(title)),
        _ => Payload<Book>.Success(Books[0] with { Title = title }),
    };
}

internal sealed record TitleTakenError(string Title) : IDomainError
{
    public string Message => $"Another book is called \"{Title}\".";
}

internal sealed record TitleEmptyError : IDomainError
{
    public string Message => "A title cannot be empty.";
}
