namespace CareerPaths.Api.Tests.Identity.Matrix;

/// <summary>One field on the way from a root type to an object type, and the object type it lands on (through a fragment when the field is abstract).</summary>
public sealed record RouteStep(ShapeField Field, string ReachedType);
