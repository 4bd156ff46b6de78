using CareerPaths.Conformance.Runner;

// One handler per protocol op.
var schemas = new SchemaCache();
var ops = new Dictionary<string, IRunnerOp>(StringComparer.Ordinal)
{
    ["validate"] = new ValidateOp(schemas),
    ["print"] = new PrintOp(),
    ["execute"] = new ExecuteOp(schemas),
};

using var input = Console.OpenStandardInput();
using var output = Console.OpenStandardOutput();
await new ProtocolLoop(ops).RunAsync(input, output);
return 0;
