namespace CareerPaths.Matching.Catalogue;

/// <summary>A transition between two roles curated by HR, with how long it typically takes.</summary>
public sealed record CareerTransition(int FromRoleId, int ToRoleId, double TypicalYears);
