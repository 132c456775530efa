using BcmWorkflows.Notifications.Acknowledgements;
using BcmWorkflows.Notifications.Channels;
using BcmWorkflows.Notifications.Email;
using BcmWorkflows.Notifications.Outbox;
using BcmWorkflows.Notifications.Sms;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BcmWorkflows.Notifications;

public static class DependencyInjection
{
    /// <summary>
    /// Registers people, templates, channels, the outbox and acknowledgements with their options
    /// (<c>Bcm:Email:Smtp</c>, <c>Bcm:Sms:Twilio</c>, <c>Bcm:Outbox</c>, <c>Bcm:Ack</c>). Needs a scoped
    /// <see cref="INotificationsDb"/> (the Data project's DbContext).
    /// Channels: SMTP email and Twilio SMS when configured, the built-in outbox channel otherwise
    /// (<see cref="ChannelRegistry"/>); the <see cref="OutboxDispatcher"/> runs as a hosted service unless
    /// <c>Bcm:Outbox:DispatcherEnabled</c> is false. Invalid settings fail at start with the key named.
    /// </summary>
    public static IServiceCollection AddBcmNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.SectionName)).ValidateOnStart()
            .Validate(o => SmtpSecurity.IsValid(o.Security), $"{SmtpOptions.SectionName}:Security must be one of {string.Join(", ", SmtpSecurity.Names)}.")
            .Validate(o => !o.IsConfigured || MimeKit.MailboxAddress.TryParse(o.From ?? "", out _), $"{SmtpOptions.SectionName}:From must be an email address when {SmtpOptions.SectionName}:Host is set.")
            .Validate(o => o.Port is > 0 and < 65536, $"{SmtpOptions.SectionName}:Port must be 1 to 65535.")
            .Validate(o => o.MessagesPerSecond >= 0, $"{SmtpOptions.SectionName}:MessagesPerSecond must be 0 (off) or more.");
        services.AddOptions<TwilioOptions>().Bind(configuration.GetSection(TwilioOptions.SectionName)).ValidateOnStart()
            .Validate(o => IsHttpUrl(o.ApiBaseUrl), $"{TwilioOptions.SectionName}:ApiBaseUrl must be an absolute http(s) URL.")
            .Validate(o => string.IsNullOrWhiteSpace(o.PublicBaseUrl) || IsHttpUrl(o.PublicBaseUrl), $"{TwilioOptions.SectionName}:PublicBaseUrl must be an absolute http(s) URL.")
            .Validate(o => o.SegmentsPerSecond >= 0, $"{TwilioOptions.SectionName}:SegmentsPerSecond must be 0 (off) or more.");
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.SectionName)).ValidateOnStart()
            .Validate(o => o.MaxAttempts >= 1, $"{OutboxOptions.SectionName}:MaxAttempts must be at least 1.")
            .Validate(o => o.BatchSize is >= 1 and <= 5000, $"{OutboxOptions.SectionName}:BatchSize must be 1 to 5000.")
            .Validate(o => o.Concurrency is >= 1 and <= 512, $"{OutboxOptions.SectionName}:Concurrency must be 1 to 512.")
            .Validate(o => o.PollInterval > TimeSpan.Zero, $"{OutboxOptions.SectionName}:PollInterval must be positive.")
            .Validate(o => o.BaseRetryDelay > TimeSpan.Zero && o.MaxRetryDelay >= o.BaseRetryDelay,
                $"{OutboxOptions.SectionName}:BaseRetryDelay must be positive and MaxRetryDelay at least as long.")
            .Validate(o => o.ClaimTimeout >= OutboxDispatcher.SendTimeout * 2,
                $"{OutboxOptions.SectionName}:ClaimTimeout must be at least {OutboxDispatcher.SendTimeout * 2} (two send timeouts).");
        services.AddOptions<AckOptions>().Bind(configuration.GetSection(AckOptions.SectionName));
        services.AddScoped<AcknowledgementService>();

        services.AddSingleton<IMessageChannel, SmtpEmailChannel>();
        services.AddSingleton<IMessageChannel, TwilioSmsChannel>();
        services.AddSingleton<ChannelRegistry>();
        services.AddScoped<OutboxFailureFollowUp>();
        services.AddScoped<DeliveryReports>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
        return services;
    }

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
