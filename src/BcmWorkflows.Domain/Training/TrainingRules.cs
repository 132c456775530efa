namespace BcmWorkflows.Domain.Training;

/// <summary>Limits and defaults of the training records.</summary>
public static class TrainingRules
{
    public const int DefaultDueWithinDays = 30;
    public const int MaxDueWithinDays = 3650;
    public const int MaxValidForMonths = 240;
    public const int MaxTitleLength = 200;
    public const int MaxTextLength = 4000;
}
