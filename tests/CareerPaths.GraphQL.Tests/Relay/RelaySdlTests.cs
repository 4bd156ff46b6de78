namespace CareerPaths.GraphQL.Tests.Relay;

/// <summary>What the helpers declare, as SDL: the contract clients (and graphql-js) see.</summary>
public class RelaySdlTests
{
    [Fact]
    public void TheHelpersDeclareNodeConnectionAndPayloadTypesAsRelayClientsExpect()
    {
        var schema = new RelayTestSchema().Schema;

        Assert.Equal(Expected, schema.ToString().TrimEnd('\n'));
    }

    private const string Expected = """"
            """An object with a global id, which `node(id:)` can fetch again."""
            interface Node {
              """The global id of this object."""
              id: ID!
            }

            type Query {
              """
              The object with this global id; null when there is none (or no longer).
              """
              node(
                """A global id, as read from an object's `id` field."""
                id: ID!
              ): Node

              """
              The objects with these global ids, in order; null for an id with no object. At most 100 ids.
              """
              nodes(
                """Global ids, as read from objects' `id` fields."""
                ids: [ID!]!
              ): [Node]!
              books(
                """
                Returns the first n items (0–20; 10 when neither `first` nor `last` is given).
                """
                first: Int

                """
                Returns the items after this cursor (`pageInfo.endCursor` of the previous page).
                """
                after: String

                """Returns the last n items (0–20)."""
                last: Int

                """
                Returns the items before this cursor (`pageInfo.startCursor` of the next page).
                """
                before: String
              ): BookConnection!
            }

            """A page of Book items, with the cursors to fetch the pages around it."""
            type BookConnection {
              """The items of this page with their cursors."""
              edges: [BookEdge!]!

              """The items of this page."""
              nodes: [Book!]!

              """Whether more pages follow or precede, and the cursors to fetch them."""
              pageInfo: PageInfo!

              """How many items all pages hold together."""
              totalCount: Int!
            }

            """A Book in a connection, with its cursor."""
            type BookEdge {
              """Pass it as `after` or `before` to page from this item."""
              cursor: String!

              """The item."""
              node: Book!
            }

            """Where a page sits in its connection (Relay Cursor Connections)."""
            type PageInfo {
              """Whether items follow this page."""
              hasNextPage: Boolean!

              """Whether items precede this page."""
              hasPreviousPage: Boolean!

              """The cursor of the first item; null for an empty page."""
              startCursor: String

              """The cursor of the last item; null for an empty page."""
              endCursor: String
            }

            type Book implements Node {
              """The global id of this object (opaque; use it with `node(id:)`)."""
              id: ID!
              title: String!
            }

            type Author implements Node {
              """The global id of this object (opaque; use it with `node(id:)`)."""
              id: ID!
              name: String!
            }

            """
            A domain error a mutation reports in its payload: the change was refused for this reason.
            """
            interface Error {
              """
              What went wrong, for people; branch on the error's type, not on this text.
              """
              message: String!
            }

            type TitleTakenError implements Error {
              message: String!
              title: String!
            }

            type TitleEmptyError implements Error {
              message: String!
            }

            """The domain errors RenameBook can report."""
            union RenameBookError = TitleTakenError | TitleEmptyError

            """
            The result of RenameBook: the changed object, or why the change was refused.
            """
            type RenameBookPayload {
              """The object after the change; null when it was refused."""
              book: Book

              """Why the change was refused; empty on success."""
              errors: [RenameBookError!]!
            }

            type Mutation {
              renameBook(title: String!): RenameBookPayload!
            }
            """";
}
