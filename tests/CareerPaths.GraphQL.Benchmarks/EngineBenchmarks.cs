using BenchmarkDotNet.Attributes;
using CareerPaths.GraphQL.Execution;
using CareerPaths.GraphQL.Execution.Documents;
using CareerPaths.GraphQL.Language;
using CareerPaths.GraphQL.Language.Ast;
using CareerPaths.GraphQL.Validation;

namespace CareerPaths.GraphQL.Benchmarks;

/// <summary>
/// Our engine on the catalogue: execution alone (as graphql-js's <c>execute</c> is measured), execution plus
/// the UTF-8 response, and parse + validate with and without the document cache.
/// </summary>
[MemoryDiagnoser]
public class EngineBenchmarks
{
    private static readonly string IntrospectionQuery = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "introspection.graphql"));
    private readonly GraphQLExecutor _executor = new();
    private readonly DocumentCache _cache = new();
    private readonly PooledBufferWriter _buffer = new(1 << 20);
    private ExecutionRequest _nested = null!;
    private ExecutionRequest _introspection = null!;

    [GlobalSetup]
    public void Setup()
    {
        _nested = Request(CatalogueModel.NestedQuery);
        _introspection = Request(IntrospectionQuery);
        DocumentPreparation.Prepare(CatalogueModel.Schema, IntrospectionQuery, Validate, _cache);
    }

    [Benchmark]
    public Task<ExecutionResult> NestedQuery() => _executor.ExecuteAsync(_nested);

    [Benchmark]
    public Task<ExecutionResult> IntrospectionQuery_() => _executor.ExecuteAsync(_introspection);

    [Benchmark]
    public int NestedQueryToJson() => Write(_executor.ExecuteAsync(_nested).Result);

    [Benchmark]
    public int IntrospectionToJson() => Write(_executor.ExecuteAsync(_introspection).Result);

    [Benchmark]
    public PreparedDocument ParseAndValidateIntrospection() =>
        DocumentPreparation.Prepare(CatalogueModel.Schema, IntrospectionQuery, Validate);

    [Benchmark]
    public PreparedDocument ParseAndValidateIntrospectionCached() =>
        DocumentPreparation.Prepare(CatalogueModel.Schema, IntrospectionQuery, Validate, _cache);

    private int Write(ExecutionResult result)
    {
        _buffer.Reset();
        ExecutionResultWriter.Write(result, _buffer);
        return _buffer.WrittenCount;
    }

    private static ExecutionRequest Request(string query)
    {
        var document = Parser.Parse(query);
        var errors = Validate(CatalogueModel.Schema, document);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException(errors[0].Message);
        }

        return new ExecutionRequest { Schema = CatalogueModel.Schema, Document = document };
    }

    private static IReadOnlyList<Errors.GraphQLError> Validate(Types.Schema schema, DocumentNode document) =>
        DocumentValidator.Validate(schema, document);
}
