using System.Net;
using System.Net.Http.Json;
using BcmWorkflows.Notifications.Acknowledgements;
using BcmWorkflows.Server.Tests.Support;
using BcmWorkflows.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace BcmWorkflows.Server.Tests.Security;

/// <summary>A server logging everything of ours (Trace) with Twilio and SMTP credentials configured.</summary>
public sealed class LoggedServer() : ServerFixture(TestDatabase.Sqlite, settings: Settings, services: s => s.AddSingleton<ILoggerProvider>(Logs))
{
    public const string SmtpPassword = "smtp-secret-Passw0rd-9f3c";

    public static CapturedLogs Logs { get; } = new();

    private static Dictionary<string, string?> Settings => new(TwilioWebhooks.Settings)
    {
        ["Logging:LogLevel:Default"] = "Trace",
        ["Bcm:Email:Smtp:Host"] = "127.0.0.1",
        ["Bcm:Email:Smtp:Port"] = "1",
        ["Bcm:Email:Smtp:From"] = "bcm@example.org",
        ["Bcm:Email:Smtp:Username"] = "bcm",
        ["Bcm:Email:Smtp:Password"] = SmtpPassword,
    };
}

/// <summary>Passwords, API keys, acknowledgement tokens, SMS bodies (reply codes) and channel credentials never reach the logs.</summary>
public sealed class SecretsNotLoggedTests(LoggedServer server) : IClassFixture<LoggedServer>
{
    [Fact]
    public async Task Login_api_keys_ack_links_and_webhooks_log_none_of_their_secrets()
    {
        var secrets = new List<string> { BcmServerFactory.AdminPassword, ServerFixture.UserPassword, TwilioWebhooks.AuthToken, LoggedServer.SmtpPassword };
        using var anonymous = server.Anonymous();

        // Login: right, wrong, and an unknown account.
        var email = await ServerFixture.CreateUserAsync(server.Factory, $"logged-{Guid.NewGuid():N}@bcm.test");
        const string wrongPassword = "Wrong-Passw0rd-71c2";
        secrets.Add(wrongPassword);
        await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = wrongPassword }).ProblemAsync(HttpStatusCode.Unauthorized);
        await anonymous.PostAsJsonAsync("/api/auth/login", new { email = "nobody@bcm.test", password = wrongPassword }).ProblemAsync(HttpStatusCode.Unauthorized);
        var admin = await server.AdminAsync();

        // API key: created, used, used with a forged secret, revoked, used again.
        var created = await admin.PostAsJsonAsync("/api/api-keys", new { name = "logged", scopes = new[] { "events:raise" } }).ExpectAsync(HttpStatusCode.Created);
        var key = created.Str("key");
        var forged = key[..^8] + "00000000";
        secrets.AddRange([key, key.Split('_')[2], forged.Split('_')[2]]);
        foreach (var presented in new[] { key, forged })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/events/logged") { Content = Api.Json("{}") };
            request.Headers.TryAddWithoutValidation("Authorization", $"ApiKey {presented}");
            using var _ = await anonymous.SendAsync(request);
        }
        using (await admin.DeleteAsync($"/api/api-keys/{created.Str("id")}"))
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/events/logged") { Content = Api.Json("{}") })
        {
            request.Headers.Add("X-Api-Key", key);
            using var _ = await anonymous.SendAsync(request);
        }

        // Acknowledgement link: shown, confirmed, and a tampered token.
        var ack = (await server.Factory.AddAsync(AckRows.New(AckRows.NewPhone(), "42")))[0];
        var token = await server.Factory.Services.GetRequiredService<IAckLinks>().CreateTokenAsync(ack.Id, ack.ExpiresAt, default);
        secrets.Add(token);
        using (await anonymous.GetAsync($"/ack/{token}")) { }
        using (await anonymous.PostAsync($"/ack/{token}", new FormUrlEncodedContent([]))) { }
        using (await anonymous.PostAsync($"/ack/{token[..^4]}AAAA", new FormUrlEncodedContent([]))) { }

        // Webhook: a signed reply carrying a code, and an unsigned one. The SMS body holds the reply code.
        var smsBody = "42 marker-sms-body-5d1e";
        secrets.Add("marker-sms-body-5d1e");
        var phone = AckRows.NewPhone();
        await server.Factory.AddAsync(AckRows.New(phone, "42"));
        using (await anonymous.PostSignedAsync("/api/sms/twilio/inbound", TwilioWebhooks.Inbound(phone, smsBody))) { }
        using (await anonymous.PostAsync("/api/sms/twilio/inbound", new FormUrlEncodedContent(TwilioWebhooks.Inbound(phone, smsBody)))) { }

        var lines = LoggedServer.Logs.Lines;
        Assert.NotEmpty(lines); // the capture works: the server logs at Trace here
        foreach (var secret in secrets)
        {
            var leaked = lines.FirstOrDefault(l => l.Contains(secret, StringComparison.Ordinal));
            Assert.True(leaked is null, $"A secret was logged: {leaked}");
        }
    }
}
