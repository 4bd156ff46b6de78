namespace CareerPaths.Api.Data.Development;

public enum DevelopmentActionStatus
{
    Planned,
    InProgress,
    Done,
    Cancelled,
}
