using System.Text.Json.Nodes;
using BcmWorkflows.Notifications.Templates;

namespace BcmWorkflows.Notifications.Sending;

/// <summary>A message to compose for a list of recipients, on behalf of a workflow activity (or anyone else).</summary>
public sealed record MessageRequest
{
    /// <summary>The asking workflow instance and activity, and how many times that activity has run (de-duplication and acknowledgement wiring).</summary>
    public string? InstanceId { get; init; }
    public string? ActivityId { get; init; }
    public int Attempt { get; init; } = 1;

    /// <summary>Person ids, E.164 numbers (<c>+4915112345678</c>) or email addresses.</summary>
    public required IReadOnlyList<string> Recipients { get; init; }
    public required ChannelPolicy Policy { get; init; }
    /// <summary>With <see cref="ChannelPolicy.Preference"/>: this order instead of each person's.</summary>
    public IReadOnlyList<Channel>? Channels { get; init; }
    public required TemplateSource Template { get; init; }
    /// <summary>The template's data; <c>recipient</c> and <c>ack</c> are added per recipient.</summary>
    public JsonObject Model { get; init; } = [];
    public bool RequestAcknowledgement { get; init; }
}
