using System.Globalization;
using System.Text.Json.Nodes;
using BcmWorkflows.Notifications.Acknowledgements;
using BcmWorkflows.Notifications.Sending;
using BcmWorkflows.Notifications.Templates;

namespace BcmWorkflows.Domain.Tasks;

/// <summary>
/// Sends the task messages (<c>task-assigned</c>, <c>task-reminder</c>, <c>task-escalated</c>) on each person's
/// channels, staged in the caller's unit of work like every composed message. Each round counts on the task, so the
/// outbox rows of a reminder never collide with those of the assignment (the outbox de-duplicates by instance,
/// activity, attempt, recipient and channel).
/// </summary>
public sealed class TaskNotifier(MessageComposer composer, AckLinks links)
{
    public const string Assigned = "task-assigned";
    public const string Reminder = "task-reminder";
    public const string Escalated = "task-escalated";

    /// <summary>Rounds per task in the attempt number: task n of an activity uses attempts n×1000+1, n×1000+2, ...</summary>
    private const int RoundsPerTask = 1000;

    /// <summary>The link that opens the task in the inbox.</summary>
    public string UrlOf(HumanTask task) => $"{links.PublicBaseUrl}/tasks/{task.Id}";

    /// <summary>Queues <paramref name="template"/> for <paramref name="people"/> (nobody: nothing); returns how many were reached.</summary>
    public async Task<int> SendAsync(HumanTask task, string template, IReadOnlyList<string> people, JsonObject? extra, CancellationToken cancellationToken)
    {
        if (people.Count == 0) return 0;
        task.MessageRounds++;
        var model = extra ?? [];
        model["task"] = ModelOf(task);
        var outcomes = await composer.ComposeAsync(new MessageRequest
        {
            InstanceId = task.InstanceId,
            ActivityId = task.ActivityId,
            Attempt = task.Ordinal * RoundsPerTask + task.MessageRounds,
            Recipients = people,
            Policy = ChannelPolicy.Preference,
            Template = TemplateSource.ForKey(template),
            Model = model,
        }, cancellationToken);
        return outcomes.Count(o => o.Skipped is null);
    }

    private JsonObject ModelOf(HumanTask task) => new()
    {
        ["id"] = task.Id,
        ["title"] = task.Title,
        ["description"] = task.Description,
        ["due_date"] = task.DueAt?.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
        ["url"] = UrlOf(task),
        ["outcomes"] = new JsonArray(task.Outcomes.Select(o => (JsonNode?)o).ToArray()),
    };
}
