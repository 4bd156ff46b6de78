using CareerPaths.Api.Data.Learning;
using CareerPaths.Api.Identity.LocalIssuer;
using CareerPaths.Api.Tests.GraphQL;
using CareerPaths.Api.Tests.Matching.Support;

namespace CareerPaths.Api.Tests.Matching;

/// <summary>
/// With offerings priced in two currencies there are no exchange rates to add costs with: questions about money
/// are refused with FAILED_PRECONDITION, while questions about hours still answer (without a cost).
/// </summary>
public sealed class SeveralCurrenciesTests(SeveralCurrenciesTests.Fixture fixture) : IClassFixture<SeveralCurrenciesTests.Fixture>
{
    [Theory]
    [InlineData(PersonaPicker.Employee, """{ learningPlan(employeeId: "{A}", roleId: "{cio}", objective: COST) { totalHours } }""")]
    [InlineData(PersonaPicker.LearningAndDevelopment, """{ planCohorts(input: { budget: 10000 }) { totalCost } }""")]
    public async Task AQuestionAboutMoneyIsAFailedPrecondition(string persona, string query)
    {
        var response = await fixture.AskAsync(persona, await fixture.FillAsync(query));

        var error = response.SingleError();
        Assert.Equal("FAILED_PRECONDITION", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("EUR, USD", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task APlanByHoursStillAnswersWithoutACost()
    {
        var data = await fixture.DataAsync(PersonaPicker.Employee,
            await fixture.FillAsync("""{ learningPlan(employeeId: "{A}", roleId: "{cio}") { totalHours offeringCost { amount } } }"""));

        Assert.True(data.GetProperty("learningPlan").GetProperty("totalHours").GetDouble() > 0);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("learningPlan").GetProperty("offeringCost").ValueKind);
    }

    /// <summary>The seeded catalogue (in euros) and one offering in US dollars.</summary>
    public sealed class Fixture : MatcherApiFixture
    {
        public override async Task InitializeAsync()
        {
            await base.InitializeAsync();
            await using var db = Database.CreateContext();
            db.LearningOfferings.Add(new LearningOffering
            {
                Code = "course-in-dollars", Title = "Priced in dollars", Kind = LearningOfferingKind.Course, Provider = "Elsewhere",
                Format = LearningFormat.Online, Hours = 8, CostAmount = 500, CostCurrency = "USD", Capacity = 10,
            });
            await db.SaveChangesAsync();
        }

        public async Task<string> FillAsync(string query) =>
            query.Replace("{A}", EmployeeId(PersonaPicker.Employee), StringComparison.Ordinal)
                .Replace("{cio}", await RoleGlobalIdAsync("cio"), StringComparison.Ordinal);
    }
}
