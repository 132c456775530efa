using BcmWorkflows.Notifications.Acknowledgements;
using BcmWorkflows.Notifications.Email;
using BcmWorkflows.Notifications.Outbox;
using BcmWorkflows.Notifications.Sending;
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
        return services;
    }
}
