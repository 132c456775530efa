using System.Security.Cryptography;
using BcmWorkflows.Notifications.Acknowledgements;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace BcmWorkflows.Notifications.Tests.Acknowledgements;

/// <summary>Link tokens with a configured key (no database): round trip, tampering, expiry, keys, URLs.</summary>
public sealed class AckLinksTests : IDisposable
{
    private static readonly string KeyA = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private static readonly string KeyB = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
    private readonly List<ServiceProvider> _providers = [];

    private AckLinks Links(string? key = null, Dictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>(settings ?? []) { ["Bcm:Ack:SigningKey"] = key ?? KeyA };
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(_clock);
        services.AddBcmNotifications(configuration);
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider.GetRequiredService<AckLinks>();
    }

    public void Dispose()
    {
        foreach (var provider in _providers) provider.Dispose();
    }

    [Theory]
    [InlineData("0195a2b3c4d5e6f708192a3b4c5d6e7f")]
    [InlineData("ack-1/päßwörd 确认")]
    public async Task A_token_names_its_request_and_expiry(string id)
    {
        var links = Links();
        var expires = _clock.GetUtcNow().AddDays(3);

        var token = await links.CreateTokenAsync(id, expires, default);
        var check = await links.VerifyAsync(token, default);

        Assert.Equal(AckLinkStatus.Valid, check.Status);
        Assert.Equal(id, check.AckRequestId);
        Assert.Equal(expires, check.ExpiresAt);
        Assert.Matches("^[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+$", token);
    }

    [Fact]
    public async Task A_token_for_a_server_id_is_short_enough_for_an_SMS()
    {
        var token = await Links().CreateTokenAsync(Guid.CreateVersion7().ToString("N"), _clock.GetUtcNow().AddDays(3), default);

        Assert.True(token.Length <= 60, token);
    }

    [Fact]
    public async Task Changing_any_byte_of_the_payload_or_the_signature_invalidates_the_token()
    {
        var links = Links();
        var token = await links.CreateTokenAsync(Guid.CreateVersion7().ToString("N"), _clock.GetUtcNow().AddDays(3), default);
        var parts = token.Split('.');

        for (var part = 0; part < 2; part++)
        {
            var bytes = WebEncoders.Base64UrlDecode(parts[part]);
            for (var i = 0; i < bytes.Length; i++)
            {
                var tampered = (byte[])bytes.Clone();
                tampered[i] ^= 0x01;
                var copy = (string[])parts.Clone();
                copy[part] = WebEncoders.Base64UrlEncode(tampered);
                Assert.Equal(AckLinkStatus.Invalid, (await links.VerifyAsync(string.Join('.', copy), default)).Status);
            }
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("a.b.c")]
    [InlineData("!!!.###")]
    [InlineData(".")]
    [InlineData("AQID.")]
    public async Task Malformed_tokens_are_invalid(string? token)
    {
        Assert.Equal(AckLinkStatus.Invalid, (await Links().VerifyAsync(token, default)).Status);
    }

    [Fact]
    public async Task A_truncated_or_extended_token_is_invalid()
    {
        var links = Links();
        var token = await links.CreateTokenAsync("0195a2b3c4d5e6f708192a3b4c5d6e7f", _clock.GetUtcNow().AddDays(1), default);

        Assert.Equal(AckLinkStatus.Invalid, (await links.VerifyAsync(token[..^1], default)).Status);
        Assert.Equal(AckLinkStatus.Invalid, (await links.VerifyAsync(token + "A", default)).Status);
    }

    [Fact]
    public async Task A_token_expires_at_its_expiry()
    {
        var links = Links();
        var expires = _clock.GetUtcNow().AddHours(2);
        var token = await links.CreateTokenAsync("req-1", expires, default);

        _clock.Advance(TimeSpan.FromHours(2) - TimeSpan.FromSeconds(1));
        Assert.Equal(AckLinkStatus.Valid, (await links.VerifyAsync(token, default)).Status);
        _clock.Advance(TimeSpan.FromSeconds(1));
        var check = await links.VerifyAsync(token, default);
        Assert.Equal(AckLinkStatus.Expired, check.Status);
        Assert.Equal("req-1", check.AckRequestId);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_invalid()
    {
        var token = await Links(KeyB).CreateTokenAsync("req-1", _clock.GetUtcNow().AddDays(1), default);

        Assert.Equal(AckLinkStatus.Invalid, (await Links(KeyA).VerifyAsync(token, default)).Status);
        Assert.Equal(AckLinkStatus.Valid, (await Links(KeyB).VerifyAsync(token, default)).Status);
    }

    [Fact]
    public void Links_point_at_the_first_configured_public_base_url()
    {
        Assert.Equal("http://localhost:5080/ack/T", Links().UrlFor("T"));
        Assert.Equal("https://bcm.example.org/ack/T", Links(settings: new() { ["Bcm:PublicBaseUrl"] = "https://bcm.example.org/" }).UrlFor("T"));
        Assert.Equal("https://sms.example.org/ack/T", Links(settings: new()
        {
            ["Bcm:PublicBaseUrl"] = "https://bcm.example.org", ["Bcm:Sms:Twilio:PublicBaseUrl"] = "https://sms.example.org",
        }).UrlFor("T"));
        Assert.Equal("https://ack.example.org/ack/T", Links(settings: new()
        {
            ["Bcm:Ack:PublicBaseUrl"] = "https://ack.example.org", ["Bcm:Sms:Twilio:PublicBaseUrl"] = "https://sms.example.org",
        }).UrlFor("T"));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("c2hvcnQ=")]
    public void A_malformed_configured_key_fails_naming_the_setting(string key)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Bcm:Ack:SigningKey"] = key }).Build();
        using var provider = new ServiceCollection().AddLogging().AddBcmNotifications(configuration).BuildServiceProvider();

        var ex = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<AckOptions>>().Value);
        Assert.Contains("Bcm:Ack:SigningKey", ex.Message);
    }
}
