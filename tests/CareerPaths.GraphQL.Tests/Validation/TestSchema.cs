using CareerPaths.GraphQL.Types;

namespace CareerPaths.GraphQL.Tests.Validation;

/// <summary>The spec §5 example schema, grown to have every type kind the rules look at.</summary>
internal static class TestSchema
{
    public const string Sdl = """
        schema { query: Query mutation: Mutation subscription: Subscription }

        directive @onField on FIELD
        directive @onQuery on QUERY
        directive @onFragment on FRAGMENT_DEFINITION | FRAGMENT_SPREAD | INLINE_FRAGMENT
        directive @onVariable on VARIABLE_DEFINITION
        directive @tag(name: String!) repeatable on FIELD | QUERY
        directive @schemaOnly on OBJECT | FIELD_DEFINITION

        enum DogCommand { SIT DOWN HEEL }
        enum CatCommand { JUMP }
        scalar Json

        interface Sentient { name: String! }
        interface Pet { name: String! }
        interface Canine implements Pet { name: String! barkVolume: Int }

        type Dog implements Pet & Canine {
          name: String!
          nickname: String
          barkVolume: Int
          doesKnowCommand(dogCommand: DogCommand!): Boolean!
          isHouseTrained(atOtherHomes: Boolean): Boolean!
          owner: Human
          friends(first: Int = 10): [Dog]
        }

        type Cat implements Pet {
          name: String!
          nickname: String
          meowVolume: Int
          doesKnowCommand(catCommand: CatCommand!): Boolean!
        }

        type Alien implements Sentient { name: String! homePlanet: String }
        type Human implements Sentient { name: String! pets: [Pet!] iq: Int }

        union CatOrDog = Cat | Dog
        union DogOrHuman = Dog | Human
        union HumanOrAlien = Human | Alien

        input ComplexInput { name: String required: Boolean! withDefault: Int = 1 nested: ComplexInput }
        input FindBy @oneOf { id: ID name: String }

        type Arguments {
          multipleRequirements(x: Int!, y: Int!): Int!
          booleanArgField(booleanArg: Boolean): Boolean
          floatArgField(floatArg: Float): Float
          intArgField(intArg: Int): Int
          nonNullBooleanArgField(nonNullBooleanArg: Boolean!): Boolean!
          booleanListArgField(booleanListArg: [Boolean]!): [Boolean]
          optionalNonNullBooleanArgField(optionalBooleanArg: Boolean! = false): Boolean!
          complexArgField(complexArg: ComplexInput): String
          findArgField(by: FindBy): String
          requiredFindArgField(by: FindBy!): String
          jsonArgField(json: Json): String
        }

        type Query {
          dog: Dog
          pet: Pet
          human: Human
          catOrDog: CatOrDog
          dogOrHuman: DogOrHuman
          humanOrAlien: HumanOrAlien
          arguments: Arguments
          dogs(first: Int, last: Int): [Dog]
        }

        type Mutation { renameDog(name: String!): Dog }

        type Message { body: String }

        type Subscription { newMessage: Message disallowedSecondRootField: Boolean }
        """;

    public static Schema Instance { get; } = SchemaBuilder.FromSdl(Sdl);
}
