using CareerPaths.Conformance.Runner;

// One handler per protocol op. The execution engine adds ["execute"] = new ExecuteOp(schemas) (ExecuteOp.cs).
var schemas = new SchemaCache();
var ops = new Dictionary<string, IRunnerOp>(StringComparer.Ordinal)
{
    ["validate"] = new ValidateOp(schemas),
    ["print"] = new PrintOp(),
};

using var input = Console.OpenStandardInput();
using var output = Console.OpenStandardOutput();
await new ProtocolLoop(ops).RunAsync(input, output);
return 0;
