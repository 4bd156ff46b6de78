using System.Security.Claims;
using CareerPaths.GraphQL.Authorization;
using CareerPaths.GraphQL.Errors;
using CareerPaths.GraphQL.Execution;
using CareerPaths.GraphQL.Types;
using static CareerPaths.GraphQL.Tests.Execution.ExecutionHarness;

namespace CareerPaths.GraphQL.Tests.Authorization;

public class AuthorizationTests
{
    private sealed record Secret(string Id, string Value);

    private static int _salaryResolverCalls;

    private static readonly Schema Schema = SchemaBuilder.Create()
        .Interface("Node", i => i.Field("id").Type("ID!"))
        .Object("Query", t =>
        {
            t.Field("node").Type("Node").Argument("id", "ID!").Resolve(ctx => new Secret(ctx.Argument<string>("id"), "s"));
            t.Field("secret").Type("Secret!").Resolve(_ => new Secret("1", "s"));
            t.Field("open").Type("String").Resolve(_ => "open");
            t.Field("salary").Type("Int").Authorize("HR").Resolve(_ => { Interlocked.Increment(ref _salaryResolverCalls); return 100; });
            t.Field("adminOnly").Type("String!").Authorize("Admin").Resolve(_ => "x");
        })
        .Object<Secret>("Secret", t =>
        {
            t.Implements("Node");
            t.Authorize("Admin");
            t.Field(s => s.Id).Type("ID!");
            t.Field(s => s.Value);
        })
        .Build();

    private static readonly IAuthorizationPolicyEvaluator Evaluator = new DelegatePolicyEvaluator(new Dictionary<string, Func<ClaimsPrincipal, bool>>
    {
        ["HR"] = user => user.IsInRole("hr"),
        ["Admin"] = user => user.IsInRole("admin"),
    });

    private static ClaimsPrincipal User(params string[] roles) =>
        new(new ClaimsIdentity(roles.Select(r => new Claim(ClaimTypes.Role, r)), "test"));

    private static Task<ExecutionResult> Run(string query, ClaimsPrincipal? user, IAuthorizationPolicyEvaluator? evaluator = null) =>
        RunAsync(Schema, query, user: user, options: new ExecutionOptions { AuthorizationEvaluator = evaluator ?? Evaluator });

    [Fact]
    public async Task ADeniedFieldIsNullWithAForbiddenErrorAndItsResolverNeverRuns()
    {
        var before = Volatile.Read(ref _salaryResolverCalls);
        var result = await Run("{ open salary }", User("staff"));

        Assert.Equal("""{"errors":[{"message":"Not authorized to access Query.salary.","locations":[{"line":1,"column":8}],"path":["salary"],"extensions":{"code":"FORBIDDEN"}}],"data":{"open":"open","salary":null}}""",
            ExecutionResultWriter.ToJson(result));
        Assert.Equal(before, Volatile.Read(ref _salaryResolverCalls));
    }

    [Fact]
    public async Task AnAllowedFieldResolves()
    {
        var result = await Run("{ salary }", User("hr"));
        Assert.Empty(result.Errors);
        Assert.Equal(100, result.Data!["salary"]);
    }

    [Fact]
    public async Task WithoutAnAuthenticatedUserTheCodeIsUnauthenticated()
    {
        var result = await Run("{ salary }", user: null);
        Assert.Equal(ErrorCodes.Unauthenticated, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task ATypePolicyAppliesThroughAnOpenFieldReturningAnInterface()
    {
        var result = await Run("""{ open node(id: "7") { id } }""", User("hr"));
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCodes.Forbidden, error.Code);
        Assert.Equal(["node"], error.Path);
        Assert.Null(result.Data!["node"]);

        var allowed = await Run("""{ node(id: "7") { id } }""", User("admin"));
        Assert.Empty(allowed.Errors);
    }

    [Fact]
    public async Task DenialPropagatesNullLikeAnyFieldError()
    {
        var result = await Run("{ open secret { id } }", User("hr"));
        Assert.True(result.HasData);
        Assert.Null(result.Data);
        Assert.Equal(["secret"], Assert.Single(result.Errors).Path);

        var nonNullField = await Run("{ open adminOnly }", User("hr"));
        Assert.Null(nonNullField.Data);
    }

    [Fact]
    public async Task RootTypePoliciesApplyToEveryRootField()
    {
        var schema = SchemaBuilder.Create()
            .Object("Query", t =>
            {
                t.Authorize("Admin");
                t.Field("a").Type("Int").Resolve(_ => 1);
                t.Field("b").Type("Int").Resolve(_ => 2);
            })
            .Build();
        var result = await RunAsync(schema, "{ a b }", user: User("hr"), options: new ExecutionOptions { AuthorizationEvaluator = Evaluator });
        Assert.Equal(2, result.Errors.Count);
        Assert.Equal("""{"a":null,"b":null}""", System.Text.Json.JsonSerializer.Serialize(result.Data));
    }

    [Fact]
    public async Task WithoutAnEvaluatorEveryPolicyIsDenied()
    {
        var result = await RunAsync(Schema, "{ salary }", user: User("hr"));
        Assert.Equal(ErrorCodes.Forbidden, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public async Task TheEvaluatorComesFromTheRequestServicesAndMayBeAsynchronous()
    {
        var evaluator = new SlowEvaluator();
        var services = new SingleService(evaluator);
        var result = await RunAsync(Schema, "{ a: salary b: salary secret { value } }", user: User(), services: services);

        Assert.Empty(result.Errors);
        Assert.Equal(["Admin", "HR"], evaluator.Asked.Order());
    }

    private sealed class SlowEvaluator : IAuthorizationPolicyEvaluator
    {
        public List<string> Asked { get; } = [];

        public async ValueTask<AuthorizationDecision> EvaluateAsync(AuthorizationRequest request)
        {
            lock (Asked)
            {
                Asked.Add(request.Policy);
            }

            await Task.Delay(1, request.CancellationToken);
            return AuthorizationDecision.Allowed;
        }
    }

    private sealed class SingleService(object service) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType.IsInstanceOfType(service) ? service : null;
    }
}
