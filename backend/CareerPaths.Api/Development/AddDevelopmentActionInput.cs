using CareerPaths.Api.Data.Development;

namespace CareerPaths.Api.Development;

/// <summary>
/// A step at the end of one of the viewer's plans: a learning offering (code), a certification (code) or an
/// assignment (description). The description, when given, is the step's title; otherwise the offering's or certification's name is.
/// </summary>
public sealed record AddDevelopmentActionInput(
    string PlanId, DevelopmentActionKind Kind, string? Offering, string? Certification, string? Description, DateOnly? DueOn);
