using CareerPaths.Api.Data;
using CareerPaths.Api.Identity;
using CareerPaths.Api.Identity.LocalIssuer;
using CareerPaths.Api.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareerPaths.Api.Tests.Identity;

/// <summary>
/// Who sees whom, inside the query: own record; a manager their transitive reporting line; HR everyone; the result
/// composes with further filters, paging and counts in one SQL statement, on any context instance.
/// </summary>
public sealed class EmployeeScopeTests(CareerPathsApiFactory api) : IClassFixture<CareerPathsApiFactory>, IAsyncLifetime
{
    private TestPersonas _personas = null!;
    private List<(int Id, int? ManagerId)> _chart = null!;

    private IEmployeeScope Scope => api.Services.GetRequiredService<IEmployeeScope>();

    public async Task InitializeAsync()
    {
        _personas = await api.PersonasAsync();
        await using var db = api.Database.CreateContext();
        _chart = (await db.Employees.Select(e => new { e.Id, e.ManagerId }).ToListAsync()).Select(e => (e.Id, e.ManagerId)).ToList();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData(PersonaPicker.Employee)]
    [InlineData(PersonaPicker.AnotherEmployee)]
    [InlineData(PersonaPicker.LearningAndDevelopment)]
    public async Task AnEmployeeWithoutTheManagerRoleSeesOnlyThemselves(string persona)
    {
        var visible = await VisibleIdsAsync(ViewerOf(persona));

        Assert.Equal([_personas.EmployeeId(persona)], visible);
    }

    [Theory]
    [InlineData(PersonaPicker.Manager)]
    [InlineData(PersonaPicker.ManagerElsewhere)]
    public async Task AManagerSeesTheirWholeReportingLineAndNobodyElse(string persona)
    {
        var visible = await VisibleIdsAsync(ViewerOf(persona));

        Assert.Equal(LineOf(_personas.EmployeeId(persona)), visible);
    }

    [Fact]
    public async Task TheLineIsTransitive()
    {
        // The CIO at the top: the reports of their reports (employee A among them) are in their line.
        var top = _chart.Single(e => e.ManagerId is null).Id;
        var viewer = new Viewer(Guid.NewGuid(), top, new HashSet<string> { AppRoles.Manager });

        var visible = await VisibleIdsAsync(viewer);

        Assert.Equal(_chart.Count, visible.Count);
        Assert.Contains(_personas.EmployeeId(PersonaPicker.Employee), visible);
        Assert.True(await Scope.CanSeeAsync(viewer, _personas.EmployeeId(PersonaPicker.Employee)));
    }

    [Fact]
    public async Task ReportsWithoutTheManagerRoleGrantNothing()
    {
        var managerWithoutRole = new Viewer(Guid.NewGuid(), _personas.EmployeeId(PersonaPicker.Manager), new HashSet<string>());

        Assert.Equal([_personas.EmployeeId(PersonaPicker.Manager)], await VisibleIdsAsync(managerWithoutRole));
    }

    [Fact]
    public async Task HRSeesEveryone() => Assert.Equal(_chart.Count, (await VisibleIdsAsync(ViewerOf(PersonaPicker.HR))).Count);

    [Fact]
    public async Task WithoutAnEmployeeRecordNobodyIsVisible()
    {
        Assert.Empty(await VisibleIdsAsync(Viewer.Anonymous));
        Assert.Empty(await VisibleIdsAsync(new Viewer(Guid.NewGuid(), null, new HashSet<string> { AppRoles.HR })));
    }

    [Theory]
    [InlineData(PersonaPicker.Employee, true)]
    [InlineData(PersonaPicker.AnotherEmployee, false)]
    [InlineData(PersonaPicker.Manager, true)]
    [InlineData(PersonaPicker.ManagerElsewhere, false)]
    [InlineData(PersonaPicker.HR, true)]
    [InlineData(PersonaPicker.LearningAndDevelopment, false)]
    public async Task CanSeeAnswersForEmployeeA(string persona, bool expected) =>
        Assert.Equal(expected, await Scope.CanSeeAsync(ViewerOf(persona), _personas.EmployeeId(PersonaPicker.Employee)));

    [Fact]
    public async Task TheScopeComposesWithFiltersPagingAndCountsInOneStatement()
    {
        var viewer = ViewerOf(PersonaPicker.Manager);
        var line = LineOf(_personas.EmployeeId(PersonaPicker.Manager));
        await using var db = await api.Services.GetRequiredService<IDbContextFactory<CareerPathsDbContext>>().CreateDbContextAsync();

        var query = Scope.Visible(db.Employees.AsNoTracking(), viewer).Where(e => e.Id != viewer.EmployeeId).OrderBy(e => e.Id);
        var count = await query.CountAsync();
        var page = await query.Skip(1).Take(2).Select(e => e.Id).ToListAsync();
        var sql = query.Skip(1).Take(2).ToQueryString();

        Assert.Equal(line.Count - 1, count);
        Assert.Equal(line.Where(id => id != viewer.EmployeeId).Order().Skip(1).Take(2), page);
        Assert.Contains("WITH RECURSIVE", sql, StringComparison.Ordinal);
        Assert.Contains("LIMIT", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheScopeWorksOnAContextOfItsOwnAndOnTheRequestsContext()
    {
        var viewer = ViewerOf(PersonaPicker.ManagerElsewhere);
        await using var own = api.Database.CreateContext();
        await using var scope = api.Services.CreateAsyncScope();
        var scoped = scope.ServiceProvider.GetRequiredService<CareerPathsDbContext>();

        var fromOwn = await Scope.Visible(own.Employees, viewer).CountAsync();
        var fromScoped = await Scope.Visible(scoped.Employees.Where(e => e.Name != ""), viewer).CountAsync();

        Assert.Equal(LineOf(_personas.EmployeeId(PersonaPicker.ManagerElsewhere)).Count, fromOwn);
        Assert.Equal(fromOwn, fromScoped);
    }

    private Viewer ViewerOf(string persona)
    {
        var subject = _personas.Subject(persona);
        return new Viewer(subject.ObjectId, _personas.EmployeeId(persona), subject.Roles.ToHashSet(StringComparer.Ordinal));
    }

    private async Task<List<int>> VisibleIdsAsync(Viewer viewer)
    {
        await using var db = api.Database.CreateContext();
        return await Scope.Visible(db.Employees.AsNoTracking(), viewer).OrderBy(e => e.Id).Select(e => e.Id).ToListAsync();
    }

    /// <summary>The reporting line computed in memory, as the oracle for the recursive CTE.</summary>
    private List<int> LineOf(int managerId)
    {
        var line = new SortedSet<int> { managerId };
        for (var grew = true; grew;)
        {
            grew = false;
            foreach (var (id, manager) in _chart.Where(e => e.ManagerId is { } m && line.Contains(m)))
            {
                grew |= line.Add(id);
            }
        }

        return [.. line];
    }
}
