namespace CareerPaths.Api.Data.Development;

public enum DevelopmentPlanStatus
{
    Active,
    Completed,
    Abandoned,
}
