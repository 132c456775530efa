namespace BcmWorkflows.Domain.Tasks;

/// <summary>Sizes the task records accept (the Data project maps the same lengths).</summary>
public static class TaskLimits
{
    public const int Title = 300;
    public const int Description = 8000;
    public const int Comment = 4000;
    public const int Outcome = 100;
}
