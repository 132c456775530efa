using BcmWorkflows.Notifications.Templates;

namespace BcmWorkflows.Server.Hosting;

public static class TemplatesFolder
{
    /// <summary>
    /// Points <c>Bcm:Templates:Path</c> at the shipped <c>templates/</c> folder that <see cref="ContentFolders"/> finds
    /// when it is not configured. A configured folder that does not exist fails start-up (the options are validated on start).
    /// </summary>
    public static IServiceCollection AddBcmTemplatesFolder(this IServiceCollection services)
    {
        services.AddOptions<TemplateOptions>().PostConfigure<IHostEnvironment>((options, environment) =>
            options.Path = ContentFolders.Find("templates", options.Path, environment.ContentRootPath));
        return services;
    }
}
