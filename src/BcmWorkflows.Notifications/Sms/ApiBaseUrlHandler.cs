namespace BcmWorkflows.Notifications.Sms;

/// <summary>
/// Sends the Twilio SDK's requests (always built for <c>https://api.twilio.com</c>) to <c>Bcm:Sms:Twilio:ApiBaseUrl</c>
/// instead: scheme, host and port are replaced, and a path prefix of the base URL is kept in front of the API path. This
/// is how a Twilio-compatible endpoint or a local stand-in is used; Twilio's region and edge settings cannot point at one.
/// </summary>
internal sealed class ApiBaseUrlHandler(Uri apiBaseUrl) : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri)
        {
            var prefix = apiBaseUrl.AbsolutePath.TrimEnd('/');
            request.RequestUri = new UriBuilder(uri)
            {
                Scheme = apiBaseUrl.Scheme,
                Host = apiBaseUrl.Host,
                Port = apiBaseUrl.Port,
                Path = prefix + uri.AbsolutePath,
            }.Uri;
        }
        return base.SendAsync(request, cancellationToken);
    }
}
