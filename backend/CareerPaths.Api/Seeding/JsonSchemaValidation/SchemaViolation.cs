namespace CareerPaths.Api.Seeding.JsonSchemaValidation;

/// <summary>One way a JSON document breaks its schema: where (a JSON path such as <c>$.roles[3].level</c>) and why.</summary>
public sealed record SchemaViolation(string Path, string Message);
