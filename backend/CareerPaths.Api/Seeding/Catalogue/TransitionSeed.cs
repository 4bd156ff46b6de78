namespace CareerPaths.Api.Seeding.Catalogue;

/// <summary>One entry of <c>transitions.json</c>: a curated move between two role codes.</summary>
public sealed record TransitionSeed(string From, string To, decimal TypicalYears, string Note);
