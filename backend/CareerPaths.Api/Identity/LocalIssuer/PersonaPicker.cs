namespace CareerPaths.Api.Identity.LocalIssuer;

/// <summary>One person of the org chart: enough to pick personas (ids and numbers, no personal data).</summary>
public sealed record OrgChartEntry(int Id, string EmployeeNumber, int? ManagerId);

/// <summary>
/// Picks the personas deterministically from the org chart, so that they exist in any seeded database and stand in
/// the same relation to each other: an employee A; A's manager M; another employee B outside M's reporting line; a
/// manager elsewhere X, not above A; HR and L&amp;D, two more people outside M's line who see A only through their
/// role. "First" means lowest employee number (ordinal). docs/security.md lists who they are in the seed data.
/// </summary>
public static class PersonaPicker
{
    public const string Employee = "employee";
    public const string AnotherEmployee = "another-employee";
    public const string Manager = "manager";
    public const string ManagerElsewhere = "manager-elsewhere";
    public const string HR = "hr";
    public const string LearningAndDevelopment = "learning-and-development";
    public const string NotAnEmployee = "not-an-employee";

    /// <summary>The object id of the persona with no employee record (no seeded person has it).</summary>
    public static readonly Guid NotAnEmployeeObjectId = new("00000000-0000-4000-8000-0000000000aa");

    public static IReadOnlyList<Persona> Pick(IReadOnlyCollection<OrgChartEntry> people)
    {
        ArgumentNullException.ThrowIfNull(people);
        var chart = new OrgChart(people);
        // M: the first manager with a manager of their own and at least two reports without reports.
        var manager = chart.People.FirstOrDefault(p => p.ManagerId is not null && chart.ReportsOf(p.Id).Count(chart.IsLeaf) >= 2)
            ?? throw new InvalidOperationException("No manager with two reports without reports of their own: the people seed cannot give the personas.");
        var employee = chart.ReportsOf(manager.Id).First(chart.IsLeaf);
        var managersLine = chart.LineOf(manager.Id);
        var aboveEmployee = chart.ChainAbove(employee.Id);
        var outside = chart.People.Where(p => chart.IsLeaf(p) && !managersLine.Contains(p.Id)).ToArray();
        if (outside.Length < 3)
        {
            throw new InvalidOperationException("Fewer than three people without reports outside the manager's line: the people seed cannot give the personas.");
        }

        var elsewhere = chart.People.FirstOrDefault(p => !chart.IsLeaf(p) && !aboveEmployee.Contains(p.Id) && p.Id != manager.Id)
            ?? throw new InvalidOperationException("No manager outside the employee's management chain: the people seed cannot give the personas.");
        return
        [
            new(Employee, "employee A: a report of the manager persona, with no reports", employee.EmployeeNumber, []),
            new(AnotherEmployee, "employee B: outside the manager persona's reporting line", outside[0].EmployeeNumber, []),
            new(Manager, "A's manager (app role Manager)", manager.EmployeeNumber, [AppRoles.Manager]),
            new(ManagerElsewhere, "a manager not above A (app role Manager)", elsewhere.EmployeeNumber, [AppRoles.Manager]),
            new(HR, "HR (app role HR), outside A's reporting line", outside[1].EmployeeNumber, [AppRoles.HR]),
            new(LearningAndDevelopment, "L&D (app role LearningAndDevelopment), outside A's reporting line", outside[2].EmployeeNumber, [AppRoles.LearningAndDevelopment]),
            new(NotAnEmployee, "signed in, but linked to no employee record", null, []),
        ];
    }

    private sealed class OrgChart
    {
        private readonly ILookup<int?, OrgChartEntry> _reports;
        private readonly Dictionary<int, OrgChartEntry> _byId;

        public OrgChart(IReadOnlyCollection<OrgChartEntry> people)
        {
            People = [.. people.OrderBy(p => p.EmployeeNumber, StringComparer.Ordinal)];
            _reports = People.ToLookup(p => p.ManagerId);
            _byId = People.ToDictionary(p => p.Id);
        }

        public IReadOnlyList<OrgChartEntry> People { get; }

        public IEnumerable<OrgChartEntry> ReportsOf(int id) => _reports[id];

        public bool IsLeaf(OrgChartEntry person) => !_reports[person.Id].Any();

        /// <summary>The person and everyone below them.</summary>
        public HashSet<int> LineOf(int id)
        {
            var line = new HashSet<int> { id };
            var queue = new Queue<int>([id]);
            while (queue.TryDequeue(out var next))
            {
                foreach (var report in _reports[next].Where(report => line.Add(report.Id)))
                {
                    queue.Enqueue(report.Id);
                }
            }

            return line;
        }

        /// <summary>Everyone above the person (their manager, that manager's manager …).</summary>
        public HashSet<int> ChainAbove(int id)
        {
            var chain = new HashSet<int>();
            for (var managerId = _byId[id].ManagerId; managerId is { } next && chain.Add(next); managerId = _byId[next].ManagerId)
            {
            }

            return chain;
        }
    }
}
