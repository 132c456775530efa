using BcmWorkflows.Notifications.Acknowledgements;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BcmWorkflows.Notifications.Inbound;

/// <summary>
/// Acts on an authenticated inbound SMS, once per <c>MessageSid</c>: a replay of a known message changes nothing and
/// gets the stored answer again. The sender's open requests are the open <see cref="AckRequest"/>s with a reply code
/// texted to the sender's number (<c>From</c>, E.164) that have not expired. A code confirms its request; a confirm word
/// confirms the only open request, or lists the codes; a closed or unknown code gets a clear answer; opt-out and opt-in
/// keywords set or clear <c>SmsOptedOutAt</c> of every person with that number. Answers are in the person's language:
/// the one the request carries (copied from the person when it was sent), else that of the person with that number,
/// else English. A confirmation costs three small indexed commands in one commit (open requests, the confirming update,
/// the record, on whose key a replay fails), whatever the number of people or requests; nothing is loaded per row.
/// </summary>
public sealed class InboundSmsHandler(
    INotificationsDb db, AcknowledgementService acknowledgements, TimeProvider clock,
    IOptions<InboundSmsOptions> options, ILogger<InboundSmsHandler> logger)
{
    private sealed record OpenRequest(string Id, string Code, string Language, string? InstanceId, string? ActivityId, string? PersonId, string? Phone);

    /// <summary>The request this SMS confirmed, told to the listeners once the commit is done.</summary>
    private AckRequest? _confirmed;

    /// <summary>
    /// Handles one inbound SMS. The SMS row (unique by MessageSid) and whatever it changed (a confirmation, an opt-out)
    /// commit together: a replayed or concurrently retried webhook fails on the row, rolls its changes back and answers
    /// as the first one did. Listeners hear of a confirmation after the commit.
    /// </summary>
    public async Task<InboundSmsResult> HandleAsync(InboundSmsMessage message, CancellationToken cancellationToken)
    {
        InboundSmsResult result;
        InboundSms row;
        await using (var transaction = await db.BeginTransactionAsync(cancellationToken))
        {
            result = await DecideAsync(message, ReplyParser.Parse(message.Body), cancellationToken);
            row = new InboundSms
            {
                MessageSid = message.MessageSid, From = message.From, To = message.To, Body = message.Body, ReceivedAt = clock.GetUtcNow(),
                Outcome = result.Outcome, AckRequestId = result.AckRequestId, Reply = result.Reply,
            };
            db.InboundSms.Add(row);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }
            catch (DbUpdateException ex)
            {
                // A replay, or the same message handled concurrently (a retried webhook on another node): undo, answer as the first did.
                await transaction.RollbackAsync(CancellationToken.None);
                db.InboundSms.Entry(row).State = EntityState.Detached;
                _confirmed = null;
                var first = await db.InboundSms.AsNoTracking().FirstOrDefaultAsync(s => s.MessageSid == message.MessageSid, cancellationToken);
                if (first is null) throw;
                logger.LogDebug(ex, "Inbound SMS {MessageSid} is a replay: answered as before", message.MessageSid);
                return new InboundSmsResult(first.Reply, first.Outcome ?? "", first.AckRequestId, Replayed: true);
            }
        }
        if (_confirmed is not null) await acknowledgements.NotifyConfirmedAsync(_confirmed, cancellationToken);
        logger.LogDebug("Inbound SMS {MessageSid}: {Outcome}", message.MessageSid, result.Outcome);
        return result;
    }

    private async Task<InboundSmsResult> DecideAsync(InboundSmsMessage message, SmsReply reply, CancellationToken cancellationToken)
    {
        string? personLanguage = null;
        if (reply.Kind is ReplyKind.OptOut or ReplyKind.OptIn or ReplyKind.Help || reply.IsCarrierOptIn)
        {
            var people = await db.People.AsNoTracking().Where(p => p.Phone == message.From)
                .OrderBy(p => p.CreatedAt).Select(p => new { p.Language, p.SmsOptedOutAt }).ToListAsync(cancellationToken);
            personLanguage = people.Select(p => p.Language).FirstOrDefault();
            var texts = SmsReplyTexts.For(personLanguage);
            var answer = options.Value.AnswerKeywords;
            if (reply.Kind == ReplyKind.OptOut || (reply.IsCarrierOptIn && people.Any(p => p.SmsOptedOutAt is not null)))
            {
                var optOut = reply.Kind == ReplyKind.OptOut;
                await SetOptOutAsync(message.From, optOut, cancellationToken);
                return new InboundSmsResult(answer ? optOut ? texts.OptedOut() : texts.OptedIn() : null, optOut ? "OptedOut" : "OptedIn");
            }
            if (reply.Kind == ReplyKind.OptIn) return new InboundSmsResult(answer ? texts.OptedIn() : null, "OptedIn");
            if (reply.Kind == ReplyKind.Help) return new InboundSmsResult(answer ? texts.Help() : null, "Help");
            // YES from a phone that is not opted out: a confirm word like the others.
        }

        var open = await OpenRequestsAsync(message.From, cancellationToken);
        var codes = open.Select(o => o.Code).ToList();
        var target = reply.Kind == ReplyKind.Code ? open.FirstOrDefault(o => o.Code == reply.Code) : open.Count == 1 ? open[0] : null;
        // A request carries its person's language (copied when it was sent): the hot path needs no query for people.
        var say = SmsReplyTexts.For(personLanguage ?? target?.Language ?? open.FirstOrDefault()?.Language
            ?? await db.People.AsNoTracking().Where(p => p.Phone == message.From).OrderBy(p => p.CreatedAt)
                .Select(p => p.Language).FirstOrDefaultAsync(cancellationToken));
        return reply.Kind switch
        {
            ReplyKind.Code when target is not null => await ConfirmAsync(target, reply.Code, say, cancellationToken),
            ReplyKind.Code => await AnswerClosedOrUnknownAsync(message.From, reply.Code!, codes, say, cancellationToken),
            ReplyKind.Confirm when target is not null => await ConfirmAsync(target, null, say, cancellationToken),
            ReplyKind.Confirm when open.Count == 0 => new InboundSmsResult(say.NothingOpen(), "NothingOpen"),
            ReplyKind.Confirm => new InboundSmsResult(say.Ambiguous(codes), "Ambiguous"),
            _ => new InboundSmsResult(say.NotUnderstood(codes), "NotUnderstood"),
        };
    }

    private async Task<InboundSmsResult> ConfirmAsync(OpenRequest request, string? code, SmsReplyTexts say, CancellationToken cancellationToken)
    {
        var result = await acknowledgements.MarkConfirmedAsync(request.Id, "Sms", cancellationToken);
        if (result == ConfirmResult.Confirmed)
        {
            _confirmed = new AckRequest
            {
                Id = request.Id, InstanceId = request.InstanceId, ActivityId = request.ActivityId, PersonId = request.PersonId,
                Phone = request.Phone, ReplyCode = request.Code, Language = request.Language, Summary = "",
                Status = AckStatus.Confirmed, ConfirmedAt = clock.GetUtcNow(), ConfirmedVia = "Sms",
            };
        }
        return result switch
        {
            ConfirmResult.Confirmed => new InboundSmsResult(say.Confirmed(code ?? request.Code), "Confirmed", request.Id),
            ConfirmResult.AlreadyConfirmed => new InboundSmsResult(say.AlreadyConfirmed(request.Code), "AlreadyConfirmed", request.Id),
            _ => new InboundSmsResult(say.NoLongerNeeded(request.Code), "Closed", request.Id),
        };
    }

    /// <summary>A code that is not open: the latest request of this phone that had it says whether it was confirmed or closed.</summary>
    private async Task<InboundSmsResult> AnswerClosedOrUnknownAsync(string phone, string code, List<string> open, SmsReplyTexts say, CancellationToken cancellationToken)
    {
        var past = await db.AckRequests.AsNoTracking().Where(a => a.Phone == phone && a.ReplyCode == code)
            .OrderByDescending(a => a.CreatedAt).Select(a => new { a.Id, a.Status }).FirstOrDefaultAsync(cancellationToken);
        return past switch
        {
            null => new InboundSmsResult(say.UnknownCode(code, open), "UnknownCode"),
            { Status: AckStatus.Confirmed } => new InboundSmsResult(say.AlreadyConfirmed(code), "AlreadyConfirmed", past.Id),
            _ => new InboundSmsResult(say.NoLongerNeeded(code), "Closed", past.Id),
        };
    }

    private async Task<List<OpenRequest>> OpenRequestsAsync(string phone, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var open = await db.AckRequests.AsNoTracking()
            .Where(a => a.Phone == phone && a.Status == AckStatus.Open && a.ReplyCode != null && a.ExpiresAt > now)
            .Select(a => new OpenRequest(a.Id, a.ReplyCode!, a.Language, a.InstanceId, a.ActivityId, a.PersonId, a.Phone))
            .ToListAsync(cancellationToken);
        return open.OrderBy(a => a.Code.Length).ThenBy(a => a.Code, StringComparer.Ordinal).ToList();
    }

    private async Task SetOptOutAsync(string phone, bool optOut, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var people = optOut
            ? db.People.Where(p => p.Phone == phone && p.SmsOptedOutAt == null)
            : db.People.Where(p => p.Phone == phone && p.SmsOptedOutAt != null);
        var changed = await people.ExecuteUpdateAsync(s => s
            .SetProperty(p => p.SmsOptedOutAt, optOut ? now : null)
            .SetProperty(p => p.UpdatedAt, now)
            .SetProperty(p => p.Revision, p => p.Revision + 1), cancellationToken);
        logger.LogInformation("SMS {Change} for {Count} people by keyword", optOut ? "opt-out" : "opt-in", changed);
    }
}
