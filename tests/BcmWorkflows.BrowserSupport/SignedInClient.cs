using System.Net;
using System.Net.Http.Json;

namespace BcmWorkflows.BrowserSupport;

/// <summary>An HttpClient holding a cookie session (<c>POST /api/auth/login?useCookies=true</c>), as the web app signs in.</summary>
public sealed class SignedInClient : IDisposable
{
    public const string CookieName = "bcm.auth";

    private readonly CookieContainer _cookies;

    private SignedInClient(HttpClient http, CookieContainer cookies, Uri baseUrl)
    {
        Http = http;
        _cookies = cookies;
        BaseUrl = baseUrl;
    }

    public HttpClient Http { get; }

    public Uri BaseUrl { get; }

    /// <summary>The session cookie's value, to hand to a browser context.</summary>
    public string SessionCookie => _cookies.GetCookies(BaseUrl)[CookieName]?.Value
        ?? throw new InvalidOperationException($"No {CookieName} cookie after signing in.");

    public static async Task<SignedInClient> CreateAsync(Uri baseUrl, string email, string password)
    {
        var cookies = new CookieContainer();
        var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = baseUrl };
        try
        {
            using var response = await http.PostAsJsonAsync("/api/auth/login?useCookies=true", new { email, password });
            if (!response.IsSuccessStatusCode)
                throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return new SignedInClient(http, cookies, baseUrl);
        }
        catch
        {
            http.Dispose();
            throw;
        }
    }

    public void Dispose() => Http.Dispose();
}
