using BcmWorkflows.Notifications.Acknowledgements;
using BcmWorkflows.Notifications.Email;
using BcmWorkflows.Notifications.Outbox;
using BcmWorkflows.Notifications.Sending;
using BcmWorkflows.Notifications.Sms;
using BcmWorkflows.Notifications.Templates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BcmWorkflows.Notifications;

public static class DependencyInjection
{
    /// <summary>
    /// Registers people, templates, channels, the outbox and acknowledgements with their options
    /// (<c>Bcm:Email:Smtp</c>, <c>Bcm:Sms:Twilio</c>, <c>Bcm:Outbox</c>, <c>Bcm:Ack</c>, <c>Bcm:Templates</c>). Needs a scoped
    /// <see cref="INotificationsDb"/> (the Data project's DbContext).
    /// </summary>
    public static IServiceCollection AddBcmNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<SmtpOptions>().Bind(configuration.GetSection(SmtpOptions.SectionName));
        services.AddOptions<TwilioOptions>().Bind(configuration.GetSection(TwilioOptions.SectionName));
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.SectionName));
        services.AddOptions<AckOptions>().Bind(configuration.GetSection(AckOptions.SectionName));
        services.AddScoped<AcknowledgementService>();
        services.AddScoped<AcknowledgementQueries>();
        services.AddScoped<MessageComposer>();
        AddTemplates(services, configuration);
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
