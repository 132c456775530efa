using System.Net.Sockets;
using BcmWorkflows.Notifications.Channels;
using BcmWorkflows.Notifications.Outbox;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace BcmWorkflows.Notifications.Email;

/// <summary>
/// Email through SMTP with MailKit (<c>Bcm:Email:Smtp:*</c>): text and HTML as <c>multipart/alternative</c> when both
/// are present. The Message-Id is derived from the outbox id, so a message sent twice (a node that died between the
/// server's 250 and the commit) carries the same Message-Id both times. Connection failures, timeouts and 4xx replies
/// are transient; 5xx replies are permanent (see <see cref="FailureClassifier.SmtpReplies"/>).
/// </summary>
public sealed class SmtpEmailChannel : IMessageChannel, IDisposable
{
    public const string ProviderName = "smtp";

    private readonly SmtpOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger<SmtpEmailChannel> _logger;
    private readonly SmtpConnectionPool _pool;

    public SmtpEmailChannel(IOptions<SmtpOptions> options, TimeProvider clock, ILogger<SmtpEmailChannel> logger)
    {
        _options = options.Value;
        _clock = clock;
        _logger = logger;
        _pool = new SmtpConnectionPool(options, clock);
    }

    public Channel Channel => Channel.Email;

    public string Name => ProviderName;

    public ChannelCapabilities Capabilities => ChannelCapabilities.RealRecipients | ChannelCapabilities.Html;

    public bool IsConfigured => _options.IsConfigured;

    public string Sender => _options.From ?? "";

    public double UnitsPerSecond => _options.MessagesPerSecond;

    public int UnitsOf(OutboxMessage message) => 1;

    public async Task<SendOutcome> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        MimeMessage mime;
        try
        {
            mime = Compose(message);
        }
        catch (ParseException ex)
        {
            return SendOutcome.Permanent("address", $"not a valid email address: {ex.Message}");
        }

        SmtpClient? client = null;
        try
        {
            client = await _pool.RentAsync(cancellationToken);
            var reply = await client.SendAsync(mime, cancellationToken);
            _pool.Return(client);
            client = null;
            // MailKit returns the text of the final reply; the code is a 2xx by then.
            return SendOutcome.Accepted(mime.MessageId ?? message.Id, $"250 {reply}");
        }
        catch (SmtpCommandException ex)
        {
            var code = (int)ex.StatusCode;
            _logger.LogWarning("SMTP refused message {MessageId}: {Code} {Reply}", message.Id, code, ex.Message);
            return SendOutcome.From(FailureClassifier.ClassifySmtp(code), code.ToString(), ex.Message);
        }
        catch (AuthenticationException ex)
        {
            _logger.LogWarning("SMTP authentication failed for {Username} on {Host}", _options.Username, _options.Host);
            return SendOutcome.From(FailureClassifier.ClassifySmtp(535), "535", ex.Message);
        }
        catch (Exception ex) when (ex is IOException or SocketException or TimeoutException or SmtpProtocolException
            or ServiceNotConnectedException or SslHandshakeException or OperationCanceledException)
        {
            // A cancelled send (shutdown or the send timeout) may or may not have reached the server: retrying is the safe side.
            _logger.LogWarning("SMTP connection to {Host}:{Port} failed for message {MessageId}: {Error}", _options.Host, _options.Port, message.Id, ex.Message);
            if (client is not null) await SmtpConnectionPool.DiscardAsync(client, serverAnswered: false);
            client = null;
            return SendOutcome.From(FailureClassifier.Network, "network", ex.Message);
        }
        finally
        {
            if (client is not null) await SmtpConnectionPool.DiscardAsync(client);
        }
    }

    private MimeMessage Compose(OutboxMessage message)
    {
        var from = MailboxAddress.Parse(_options.From ?? "");
        var mime = new MimeMessage
        {
            Subject = message.Subject ?? "",
            Date = _clock.GetUtcNow(),
            MessageId = $"{message.Id}@{from.Domain}",
            Body = new BodyBuilder { TextBody = message.Body, HtmlBody = message.HtmlBody }.ToMessageBody(),
        };
        mime.From.Add(from);
        mime.To.Add(MailboxAddress.Parse(message.Recipient));
        return mime;
    }

    public void Dispose() => _pool.Dispose();
}
