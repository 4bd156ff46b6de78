var builder = WebApplication.CreateBuilder(args);

var app = builder.Build();

app.MapGet("/healthz", () => Results.Text("ok"));

app.Run();

/// <summary>Entry point; public so that integration tests can host the API.</summary>
public partial class Program;
