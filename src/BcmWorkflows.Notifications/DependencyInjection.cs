using BcmWorkflows.Notifications.Acknowledgements;
using BcmWorkflows.Notifications.Email;
using BcmWorkflows.Notifications.Inbound;
using BcmWorkflows.Notifications.Outbox;
using BcmWorkflows.Notifications.Sending;
using BcmWorkflows.Notifications.People;
using BcmWorkflows.Notifications.People.Import;
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
    /// <c>Bcm:People</c>, <c>Bcm:Templates</c>); a malformed signing key or region stops the start with a message naming the key. Needs a
    /// scoped <see cref="INotificationsDb"/> (the Data project's DbContext).
    /// </summary>
    public static IServiceCollection AddBcmNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.SectionName));
        services.AddOptions<TwilioOptions>().Bind(configuration.GetSection(TwilioOptions.SectionName));
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.SectionName));
        services.AddOptions<AckOptions>().Bind(configuration.GetSection(AckOptions.SectionName))
            .PostConfigure<IOptions<TwilioOptions>>((ack, twilio) => ack.PublicBaseUrl = AckLinks.ResolvePublicBaseUrl(
                ack.PublicBaseUrl, twilio.Value.PublicBaseUrl, configuration["Bcm:PublicBaseUrl"]))
            .Validate(o => string.IsNullOrWhiteSpace(o.SigningKey) || AckLinkKey.Decode(o.SigningKey) is not null, AckLinkKey.InvalidKeyMessage)
            .ValidateOnStart();
        services.AddOptions<PeopleOptions>().Bind(configuration.GetSection(PeopleOptions.SectionName))
            .Validate(o => PhoneNumberNormalizer.IsKnownRegion(o.DefaultRegion), "Bcm:People:DefaultRegion must be a two-letter ISO 3166 region such as DE or CN.")
            .ValidateOnStart();
        services.AddOptions<InboundSmsOptions>().Bind(configuration.GetSection(InboundSmsOptions.SectionName));
        services.AddScoped<AcknowledgementService>();
        services.AddScoped<AcknowledgementQueries>();
        services.AddScoped<MessageComposer>();
        AddTemplates(services, configuration);

        // People: validation (phone numbers read with Bcm:People:DefaultRegion) and CSV import.
        services.AddSingleton<PhoneNumberNormalizer>();
        services.AddSingleton<PersonValidator>();
        services.AddScoped<PeopleImporter>();

        // Acknowledgements: reply codes per unit of work, signed links with a key shared through the database.
        services.AddScoped<IReplyCodes, ReplyCodeAllocator>();
        services.AddSingleton<AckLinkKey>();
        services.AddSingleton<AckLinks>();
        services.AddSingleton<IAckLinks>(sp => sp.GetRequiredService<AckLinks>());
        services.AddHostedService<AckLinkKeyWarmup>();

        // Inbound SMS: the reply grammar's handler (the webhook endpoint is the server's).
        services.AddScoped<InboundSmsHandler>();
        return services;
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
        services.AddScoped<ITemplateRenderer, ScribanTemplateRenderer>();
    }
}
