using System.Text.Json.Nodes;
using BcmWorkflows.Notifications.Acknowledgements;
using BcmWorkflows.Notifications.Outbox;
using BcmWorkflows.Notifications.People;
using BcmWorkflows.Notifications.Templates;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace BcmWorkflows.Notifications.Sending;

/// <summary>
/// Turns a <see cref="MessageRequest"/> into outbox rows (and acknowledgement requests) staged in the caller's unit of
/// work: in a workflow burst they commit with the burst, so a message exists if and only if the burst that asked for it
/// committed. Everything is rendered before anything is staged: a template error throws
/// <see cref="TemplateRenderException"/> and leaves nothing behind. The caller saves.
/// </summary>
public sealed class MessageComposer(
    INotificationsDb db,
    ITemplateRenderer renderer,
    IReplyCodes replyCodes,
    IAckLinks links,
    IOptions<AckOptions> ackOptions,
    TimeProvider clock)
{
    private readonly AckOptions _ack = ackOptions.Value;

    public async Task<IReadOnlyList<RecipientOutcome>> ComposeAsync(MessageRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var recipients = request.Recipients.Where(r => !string.IsNullOrWhiteSpace(r)).Select(r => r.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var people = await LoadPeopleAsync(recipients, cancellationToken);
        var plans = recipients.Select(r => DeliveryPlan.For(r, people.GetValueOrDefault(r), request)).ToList();
        // Every reply code of the request from one read of the open codes, not a query per recipient.
        var codes = request.RequestAcknowledgement
            ? await replyCodes.BatchAsync(plans.Where(p => p.Skipped is null && NeedsReplyCode(request, p.Routes[0])).Select(p => p.Routes[0].Address), cancellationToken)
            : null;
        var outcomes = new List<RecipientOutcome>();
        var messages = new List<OutboxMessage>();
        var acks = new List<AckRequest>();
        try
        {
            foreach (var plan in plans)
            {
                outcomes.Add(plan.Skipped is not null
                    ? new RecipientOutcome { Recipient = plan.Recipient, PersonId = plan.Person?.Id, Name = plan.Person?.Name, Skipped = plan.Skipped }
                    : await ComposeForAsync(request, plan, codes, now, messages, acks, cancellationToken));
            }
        }
        catch
        {
            // Acknowledgement requests are staged as they are made (reply codes must see each other): take them back.
            foreach (var ack in acks) db.AckRequests.Remove(ack);
            throw;
        }

        db.OutboxMessages.AddRange(messages);
        db.OutboxStatusChanges.AddRange(messages.Select(m => new OutboxStatusChange
        {
            MessageId = m.Id,
            Status = m.Status,
            At = now,
            Detail = m.Status == OutboxStatus.Standby ? $"Fallback #{m.FallbackOrder} of {m.Recipient}'s messages." : "Queued.",
        }));
        return outcomes;
    }

    private async Task<RecipientOutcome> ComposeForAsync(MessageRequest request, DeliveryPlan plan, ReplyCodeBatch? codes, DateTimeOffset now,
        List<OutboxMessage> messages, List<AckRequest> acks, CancellationToken cancellationToken)
    {
        var (channel, address) = plan.Routes[0];
        // Where people cannot text back (e.g. +86), the SMS carries the link and email goes out at the same time.
        var oneWay = channel == Channel.Sms && request.RequestAcknowledgement && IsOneWay(address);
        var language = plan.Person?.Language ?? "en";
        var (ack, ackRequest) = request.RequestAcknowledgement
            ? await RequestAcknowledgementAsync(request, plan, channel, address, NeedsReplyCode(request, plan.Routes[0]) ? codes : null, language, now, acks, cancellationToken)
            : (null, null);

        var group = plan.Routes.Count > 1 && request.Policy == ChannelPolicy.Preference ? NewId() : null;
        var composed = new List<OutboxMessage>();
        for (var i = 0; i < plan.Routes.Count; i++)
        {
            if (i > 0 && group is null) break;
            var (routeChannel, routeAddress) = plan.Routes[i];
            var alongside = oneWay && routeChannel == Channel.Email;
            var message = await RenderAsync(request, plan, routeChannel, routeAddress, language, ack, now, cancellationToken);
            message.Status = i == 0 || alongside ? OutboxStatus.Pending : OutboxStatus.Standby;
            message.FallbackGroup = alongside ? null : group;
            message.FallbackOrder = i;
            composed.Add(message);
        }
        messages.AddRange(composed);

        // The acknowledgement page shows what the person was asked to confirm.
        if (ackRequest is not null) ackRequest.Summary = composed[0].Subject ?? composed[0].Body;
        return new RecipientOutcome
        {
            Recipient = plan.Recipient,
            PersonId = plan.Person?.Id,
            Name = plan.Person?.Name,
            Channel = channel,
            Address = address,
            MessageId = composed[0].Id,
            Fallbacks = plan.Routes.Skip(1).Select(r => r.Channel).Where(_ => group is not null).ToList(),
            AckRequestId = ack?.RequestId,
            ReplyCode = ack?.Code,
            AckUrl = ack?.Url,
        };
    }

    /// <summary>Stages the acknowledgement request; <paramref name="codes"/> is null when the message carries no reply code.</summary>
    private async Task<(AcknowledgementTarget Target, AckRequest Request)> RequestAcknowledgementAsync(MessageRequest request, DeliveryPlan plan,
        Channel channel, string address, ReplyCodeBatch? codes, string language, DateTimeOffset now, List<AckRequest> acks, CancellationToken cancellationToken)
    {
        var sms = channel == Channel.Sms;
        var code = codes?.Allocate(address);
        var ackRequest = new AckRequest
        {
            Id = NewId(),
            InstanceId = request.InstanceId,
            ActivityId = request.ActivityId,
            PersonId = plan.Person?.Id,
            Phone = sms ? address : null,
            ReplyCode = code,
            Status = AckStatus.Open,
            Language = language,
            Summary = "",
            CreatedAt = now,
            ExpiresAt = now + _ack.LinkLifetime,
        };
        db.AckRequests.Add(ackRequest);
        acks.Add(ackRequest);
        var token = await links.CreateTokenAsync(ackRequest.Id, ackRequest.ExpiresAt, cancellationToken);
        return (new AcknowledgementTarget(ackRequest.Id, code, links.UrlFor(token), ackRequest.ExpiresAt), ackRequest);
    }

    private async Task<OutboxMessage> RenderAsync(MessageRequest request, DeliveryPlan plan, Channel channel, string address, string language,
        AcknowledgementTarget? ack, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var model = TemplateModel.For(request.Model, plan, language, ack, channel);
        var rendered = await renderer.RenderAsync(request.Template, channel, language, model, cancellationToken);
        var id = NewId();
        return new OutboxMessage
        {
            Id = id,
            DedupKey = request.InstanceId is null
                ? $"adhoc:{id}"
                : $"{request.InstanceId}:{request.ActivityId}:{request.Attempt}:{plan.Recipient}:{channel}",
            InstanceId = request.InstanceId,
            ActivityId = request.ActivityId,
            PersonId = plan.Person?.Id,
            Channel = channel,
            Recipient = address,
            TemplateKey = request.Template.Key,
            Language = rendered.Language,
            Subject = rendered.Subject,
            Body = rendered.Body,
            HtmlBody = rendered.Html,
            Encoding = rendered.Encoding,
            Segments = rendered.Segments,
            NextAttemptAt = now,
            CreatedAt = now,
            UpdatedAt = now,
            AckRequestId = ack?.RequestId,
        };
    }

    /// <summary>An SMS the person can text back to (not a one-way country) carries a reply code.</summary>
    private bool NeedsReplyCode(MessageRequest request, (Channel Channel, string Address) route) =>
        request.RequestAcknowledgement && route.Channel == Channel.Sms && !IsOneWay(route.Address);

    private bool IsOneWay(string phone) =>
        PhoneNumberNormalizer.CountryCodeOf(phone) is { } country && _ack.OneWaySmsCountryCodes.Any(code => code.TrimStart('+') == country);

    private async Task<Dictionary<string, Person>> LoadPeopleAsync(List<string> recipients, CancellationToken cancellationToken)
    {
        var ids = recipients.Where(r => !DeliveryPlan.LooksLikePhone(r) && !r.Contains('@', StringComparison.Ordinal)).ToList();
        if (ids.Count == 0) return new(StringComparer.Ordinal);
        var found = new Dictionary<string, Person>(StringComparer.Ordinal);
        // Chunks keep each statement's parameter list modest for very large call lists.
        foreach (var chunk in ids.Chunk(1000))
            foreach (var person in await db.People.AsNoTracking().Where(p => chunk.Contains(p.Id)).ToListAsync(cancellationToken))
                found[person.Id] = person;
        return found;
    }

    private static string NewId() => Guid.CreateVersion7().ToString("N");
}
