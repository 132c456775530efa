namespace BcmWorkflows.Server.Hosting;

/// <summary>
/// Serves the web designer (built into <c>wwwroot</c> by <c>Designer.targets</c>) at <c>/</c>: its static files, and
/// <c>index.html</c> for a GET of any other path that no endpoint matched (the app's own deep links, such as
/// <c>/workflows/x</c>). <c>/api/...</c>, <c>/ack/...</c> and paths with a file extension are never answered with the
/// app: an unknown API path stays a 404 and a wrong method a 405. Without a built designer nothing changes.
/// </summary>
public static class DesignerHosting
{
    public static WebApplication UseBcmDesigner(this WebApplication app)
    {
        var index = app.Environment.WebRootFileProvider.GetFileInfo("index.html");
        if (!index.Exists)
        {
            app.Logger.LogInformation("No web designer in {WebRoot}: serving the API only (build with npm available to include it)", app.Environment.WebRootPath);
            return app;
        }
        app.UseDefaultFiles();
        app.UseStaticFiles();
        // Runs after routing chose an endpoint (minimal hosting routes first): only requests nothing else wants.
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (context.GetEndpoint() is null && HttpMethods.IsGet(context.Request.Method)
                && !path.StartsWithSegments("/api") && !path.StartsWithSegments("/ack") && !Path.HasExtension(path.Value))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                context.Response.Headers.CacheControl = "no-cache";
                await context.Response.SendFileAsync(index, context.RequestAborted);
                return;
            }
            await next();
        });
        return app;
    }
}
