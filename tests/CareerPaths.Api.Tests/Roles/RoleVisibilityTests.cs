using CareerPaths.Api.Data.Roles;
using CareerPaths.Api.Tests.GraphQL;
using CareerPaths.Api.Tests.Infrastructure;
using CareerPaths.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace CareerPaths.Api.Tests.Roles;

/// <summary>Only published role versions are visible (drafts come with HR sign-in); a role keeps its id across versions.</summary>
public sealed class RoleVisibilityTests(CareerPathsApiFactory api) : IClassFixture<CareerPathsApiFactory>, IAsyncLifetime
{
    private int _draftRoleId;

    // xunit runs this before each test of the class, on the class's one database: add the roles once.
    public async Task InitializeAsync()
    {
        await using var db = api.Database.CreateContext();
        if (await db.RoleProfiles.SingleOrDefaultAsync(r => r.Code == "draft-only-role") is { } existing)
        {
            _draftRoleId = existing.Id;
            return;
        }

        var now = DateTimeOffset.UtcNow;
        var draft = new RoleProfile { Code = "draft-only-role", CreatedAt = now };
        draft.Versions.Add(Version(1, RoleVersionStatus.Draft, "Draft-only role", null));
        var versioned = new RoleProfile { Code = "versioned-role", CreatedAt = now };
        versioned.Versions.Add(Version(1, RoleVersionStatus.Archived, "Versioned role, first edition", now.AddDays(-30)));
        versioned.Versions.Add(Version(2, RoleVersionStatus.Published, "Versioned role", now));
        versioned.Versions.Add(Version(3, RoleVersionStatus.Draft, "Versioned role, next edition", null));
        db.RoleProfiles.AddRange(draft, versioned);
        var cio = await db.RoleProfiles.SingleAsync(r => r.Code == "cio");
        db.CareerTransitions.Add(new CareerTransition { FromRoleId = cio.Id, ToRole = draft, TypicalYears = 1 });
        await db.SaveChangesAsync();
        _draftRoleId = draft.Id;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ARoleWithOnlyADraftIsInvisibleEverywhere()
    {
        var data = await api.DataAsync($$"""
            { roles(first: 100) { totalCount nodes { code } }
              role(code: "draft-only-role") { code }
              node(id: "{{GlobalId.Encode("Role", _draftRoleId)}}") { id }
              cio: role(code: "cio") { transitionsFrom { to { code } } } }
            """);

        var codes = data.GetProperty("roles").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("code").GetString()).ToArray();
        Assert.DoesNotContain("draft-only-role", codes);
        Assert.Equal(codes.Length, data.GetProperty("roles").GetProperty("totalCount").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("role").ValueKind);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, data.GetProperty("node").ValueKind);
        Assert.DoesNotContain("draft-only-role", data.GetProperty("cio").GetProperty("transitionsFrom").EnumerateArray()
            .Select(t => t.GetProperty("to").GetProperty("code").GetString()));
    }

    [Fact]
    public async Task ARoleShowsItsPublishedVersionUnderOneStableId()
    {
        var data = await api.DataAsync("""
            { role(code: "versioned-role") { id name versionNumber status }
              roles(first: 100) { nodes { code versionNumber } } }
            """);

        var role = data.GetProperty("role");
        Assert.Equal("Versioned role", role.GetProperty("name").GetString());
        Assert.Equal(2, role.GetProperty("versionNumber").GetInt32());
        Assert.Equal("PUBLISHED", role.GetProperty("status").GetString());
        Assert.Single(data.GetProperty("roles").GetProperty("nodes").EnumerateArray(), n => n.GetProperty("code").GetString() == "versioned-role");
        var node = (await api.DataAsync($"{{ node(id: \"{role.GetProperty("id").GetString()}\") {{ ... on Role {{ code versionNumber }} }} }}")).GetProperty("node");
        Assert.Equal("""{"code":"versioned-role","versionNumber":2}""", node.GetRawText());
    }

    private static RoleProfileVersion Version(int number, RoleVersionStatus status, string name, DateTimeOffset? publishedAt) => new()
    {
        VersionNumber = number,
        Status = status,
        Name = name,
        Family = RoleFamily.Technical,
        Tier = RoleTier.Operational,
        Side = RoleSide.Management,
        Description = "A role added by a test.",
        Responsibilities = ["Exist for the test."],
        CreatedAt = DateTimeOffset.UtcNow,
        PublishedAt = publishedAt,
    };
}
