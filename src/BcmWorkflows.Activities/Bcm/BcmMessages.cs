using System.Text.Json.Nodes;
using BcmWorkflows.Engine.Activities;
using BcmWorkflows.Notifications.Acknowledgements;
using BcmWorkflows.Notifications.Sending;
using BcmWorkflows.Notifications.Templates;

namespace BcmWorkflows.Activities.Bcm;

/// <summary>
/// Sending from BCM activities that send more than once per execution (one message per course, a reminder round):
/// each send gets its own attempt number, kept in the activity's state, so the outbox de-duplication keys stay distinct
/// while a re-run of the same burst still de-duplicates.
/// </summary>
internal static class BcmMessages
{
    public static async Task<int> SendAsync(ActivityExecutionContext context, MessageComposer composer, IReadOnlyList<string> people, string template,
        JsonObject model, CancellationToken ct)
    {
        if (people.Count == 0) return 0;
        var state = State(context);
        var attempt = (state["sends"]?.GetValue<int>() ?? 0) + 1;
        state["sends"] = attempt;
        context.SetState(state);
        var outcomes = await composer.ComposeAsync(new MessageRequest
        {
            InstanceId = context.Instance.Id,
            ActivityId = context.ActivityId,
            Attempt = attempt,
            Recipients = people,
            Policy = ChannelPolicy.Preference,
            Template = TemplateSource.ForKey(template),
            Model = model,
        }, ct);
        return outcomes.Count(o => o.Skipped is null);
    }

    /// <summary>The activity's state object (created empty), to read and change before <see cref="ActivityExecutionContext.SetState"/>.</summary>
    public static JsonObject State(ActivityExecutionContext context) => context.GetState() as JsonObject ?? [];

    /// <summary>Where links in messages point: the configured public base URL of the server.</summary>
    public static string BaseUrl(IAckLinks links) => (links as AckLinks)?.PublicBaseUrl ?? AckLinks.DefaultPublicBaseUrl;

    public static string Date(DateTimeOffset at) => at.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
