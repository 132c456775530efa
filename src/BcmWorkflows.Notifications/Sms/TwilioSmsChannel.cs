using BcmWorkflows.Notifications.Channels;
using BcmWorkflows.Notifications.Outbox;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Twilio.Clients;
using Twilio.Exceptions;
using Twilio.Rest.Api.V2010.Account;
using Twilio.Types;

namespace BcmWorkflows.Notifications.Sms;

/// <summary>
/// SMS through the Twilio SDK (<c>Bcm:Sms:Twilio:*</c>) on a <see cref="TwilioRestClient"/> of its own (never the static
/// <c>TwilioClient.Init</c>), whose HTTP requests go to <see cref="TwilioOptions.ApiBaseUrl"/>. Sends from
/// <see cref="TwilioOptions.MessagingServiceSid"/> when set, else from <see cref="TwilioOptions.From"/>, and asks for
/// status callbacks at <c>PublicBaseUrl/api/sms/twilio/status</c> when a public address is configured. Twilio errors
/// are classified by <see cref="FailureClassifier.ClassifyTwilio"/>.
/// </summary>
public sealed class TwilioSmsChannel : IMessageChannel, IDisposable
{
    public const string ProviderName = "twilio";
    public const string StatusCallbackPath = "/api/sms/twilio/status";
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(30);

    private readonly TwilioOptions _options;
    private readonly ILogger<TwilioSmsChannel> _logger;
    private readonly HttpClient? _http;
    private readonly TwilioRestClient? _client;
    private readonly Uri? _statusCallback;

    public TwilioSmsChannel(IOptions<TwilioOptions> options, ILogger<TwilioSmsChannel> logger)
    {
        _options = options.Value;
        _logger = logger;
        if (!_options.IsConfigured) return;

        var sockets = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5), MaxConnectionsPerServer = 64 };
        var apiBase = new Uri(_options.ApiBaseUrl);
        HttpMessageHandler handler = apiBase == new Uri(TwilioOptions.DefaultApiBaseUrl)
            ? sockets
            : new ApiBaseUrlHandler(apiBase) { InnerHandler = sockets };
        _http = new HttpClient(handler) { Timeout = RequestTimeout };
        _client = new TwilioRestClient(_options.AccountSid, _options.AuthToken, httpClient: new Twilio.Http.SystemNetHttpClient(_http));
        if (!string.IsNullOrWhiteSpace(_options.PublicBaseUrl))
            _statusCallback = new Uri(_options.PublicBaseUrl.TrimEnd('/') + StatusCallbackPath);
    }

    public Channel Channel => Channel.Sms;

    public string Name => ProviderName;

    public ChannelCapabilities Capabilities =>
        ChannelCapabilities.RealRecipients | ChannelCapabilities.Replies | (_statusCallback is null ? 0 : ChannelCapabilities.DeliveryReports);

    public bool IsConfigured => _client is not null;

    public string Sender => _options.Sender;

    public double UnitsPerSecond => _options.SegmentsPerSecond;

    public int UnitsOf(OutboxMessage message) => Math.Max(1, message.Segments);

    public async Task<SendOutcome> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var client = _client ?? throw new InvalidOperationException("Twilio is not configured (Bcm:Sms:Twilio:AccountSid, AuthToken, From or MessagingServiceSid).");
        var create = new CreateMessageOptions(new PhoneNumber(message.Recipient)) { Body = message.Body, StatusCallback = _statusCallback };
        if (!string.IsNullOrWhiteSpace(_options.MessagingServiceSid)) create.MessagingServiceSid = _options.MessagingServiceSid;
        else create.From = new PhoneNumber(_options.From);

        try
        {
            // The SDK takes no cancellation token: the HttpClient's timeout bounds the call.
            var sent = await MessageResource.CreateAsync(create, client);
            return SendOutcome.Accepted(sent.Sid, sent.Status?.ToString());
        }
        catch (ApiException ex)
        {
            _logger.LogWarning("Twilio refused message {MessageId}: error {Code}, HTTP {Status}: {Error}", message.Id, ex.Code, ex.Status, ex.Message);
            var code = ex.Code != 0 ? ex.Code.ToString() : ex.Status != 0 ? $"HTTP {ex.Status}" : null;
            return SendOutcome.From(FailureClassifier.ClassifyTwilio(ex.Code, ex.Status), code, ex.Message);
        }
        catch (TwilioException ex)
        {
            // ApiConnectionException and its kin: the request may not have reached Twilio (refused, reset, timed out).
            _logger.LogWarning("Twilio unreachable for message {MessageId}: {Error}", message.Id, ex.InnerException?.Message ?? ex.Message);
            return SendOutcome.From(FailureClassifier.Network, "network", ex.InnerException?.Message ?? ex.Message);
        }
    }

    public void Dispose() => _http?.Dispose();
}
