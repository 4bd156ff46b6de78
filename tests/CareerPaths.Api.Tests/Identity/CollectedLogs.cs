using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace CareerPaths.Api.Tests.Identity;

/// <summary>A logger provider that keeps every entry — category, message, exception text and scopes — to search for what must not be logged.</summary>
internal sealed class CollectedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _entries = new();

    public IReadOnlyList<string> Entries => [.. _entries];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CollectedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            owner._entries.Enqueue($"{category} scope: {state}");
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._entries.Enqueue($"{category} {logLevel}: {formatter(state, exception)} {exception}");
    }
}
