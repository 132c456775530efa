using BcmWorkflows.Notifications.Acknowledgements;
using BcmWorkflows.Notifications.Channels;
using BcmWorkflows.Notifications.Email;
using BcmWorkflows.Notifications.Inbound;
using BcmWorkflows.Notifications.Outbox;
using BcmWorkflows.Notifications.People;
using BcmWorkflows.Notifications.People.Import;
using BcmWorkflows.Notifications.Sending;
using BcmWorkflows.Notifications.Sms;
using BcmWorkflows.Notifications.Templates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace BcmWorkflows.Notifications;

public static class DependencyInjection
{
    /// <summary>
    /// Registers people, templates, channels, the outbox and acknowledgements with their options
    /// (<c>Bcm:Email:Smtp</c>, <c>Bcm:Sms:Twilio</c>, <c>Bcm:Sms:Inbound</c>, <c>Bcm:Outbox</c>, <c>Bcm:Ack</c>,
    /// <c>Bcm:People</c>, <c>Bcm:Templates</c>). Invalid settings fail at start with the key named. Needs a scoped
    /// <see cref="INotificationsDb"/> (the Data project's DbContext).
    /// Channels: SMTP email and Twilio SMS when configured, the built-in outbox channel otherwise
    /// (<see cref="ChannelRegistry"/>); the <see cref="OutboxDispatcher"/> runs as a hosted service unless
    /// <c>Bcm:Outbox:DispatcherEnabled</c> is false.
    /// </summary>
    public static IServiceCollection AddBcmNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        AddChannelsAndOutbox(services, configuration);
        AddTemplates(services, configuration);
        AddPeople(services, configuration);
        AddAcknowledgements(services, configuration);
        services.AddScoped<MessageComposer>();
        return services;
    }

    private static void AddChannelsAndOutbox(IServiceCollection services, IConfiguration configuration)
    {
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
        services.AddSingleton<IMessageChannel, SmtpEmailChannel>();
        services.AddSingleton<IMessageChannel, TwilioSmsChannel>();
        services.AddSingleton<ChannelRegistry>();
        services.AddScoped<OutboxFailureFollowUp>();
        services.AddScoped<DeliveryReports>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxDispatcher>());
    }

    // Bcm:Templates:Path is filled in by the server (its content folders) when not configured.
    private static void AddTemplates(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TemplateOptions>()
            .Bind(configuration.GetSection(TemplateOptions.SectionName))
            .Validate(o => o.LoopLimit > 0 && o.RecursiveLimit > 0 && o.OutputLimit > 0 && o.TimeLimit > TimeSpan.Zero,
                "Bcm:Templates:LoopLimit, RecursiveLimit, OutputLimit and TimeLimit must be positive.")
            .ValidateOnStart();
        services.AddSingleton<ShippedTemplates>();
        services.AddSingleton<ScribanSandbox>();
        services.AddScoped<TemplateCatalog>();
        services.AddScoped<ScribanTemplateRenderer>();
        services.AddScoped<ITemplateRenderer>(sp => sp.GetRequiredService<ScribanTemplateRenderer>());
    }

    // Validation (phone numbers read with Bcm:People:DefaultRegion) and CSV import.
    private static void AddPeople(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PeopleOptions>().Bind(configuration.GetSection(PeopleOptions.SectionName))
            .Validate(o => PhoneNumberNormalizer.IsKnownRegion(o.DefaultRegion), "Bcm:People:DefaultRegion must be a two-letter ISO 3166 region such as DE or CN.")
            .ValidateOnStart();
        services.AddSingleton<PhoneNumberNormalizer>();
        services.AddSingleton<PersonValidator>();
        services.AddScoped<PeopleImporter>();
    }

    // Reply codes per unit of work, signed links with a key shared through the database, confirmations, inbound SMS.
    private static void AddAcknowledgements(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AckOptions>().Bind(configuration.GetSection(AckOptions.SectionName))
            .PostConfigure<IOptions<TwilioOptions>>((ack, twilio) => ack.PublicBaseUrl = AckLinks.ResolvePublicBaseUrl(
                ack.PublicBaseUrl, twilio.Value.PublicBaseUrl, configuration["Bcm:PublicBaseUrl"]))
            .Validate(o => string.IsNullOrWhiteSpace(o.SigningKey) || AckLinkKey.Decode(o.SigningKey) is not null, AckLinkKey.InvalidKeyMessage)
            .ValidateOnStart();
        services.AddOptions<InboundSmsOptions>().Bind(configuration.GetSection(InboundSmsOptions.SectionName));
        services.AddScoped<AcknowledgementService>();
        services.AddScoped<AcknowledgementQueries>();
        services.AddScoped<IReplyCodes, ReplyCodeAllocator>();
        services.AddSingleton<AckLinkKey>();
        services.AddSingleton<AckLinks>();
        services.AddSingleton<IAckLinks>(sp => sp.GetRequiredService<AckLinks>());
        services.AddHostedService<AckLinkKeyWarmup>();
        // The reply grammar's handler (the webhook endpoint is the server's).
        services.AddScoped<InboundSmsHandler>();
    }

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
