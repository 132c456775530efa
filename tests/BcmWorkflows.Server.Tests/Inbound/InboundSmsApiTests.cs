using System.Net;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using BcmWorkflows.Notifications.Acknowledgements;
using BcmWorkflows.Notifications.Sms;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Server.Tests.Inbound;

/// <summary><c>POST /api/sms/twilio/inbound</c>: signatures, de-duplication, the reply grammar end to end, TwiML answers.</summary>
public abstract class InboundSmsApiTests(ServerFixture server)
{
    private const string Path = "/api/sms/twilio/inbound";

    /// <summary>Posts a signed inbound SMS; returns the TwiML message (null for an empty response).</summary>
    private async Task<string?> TextAsync(string from, string body, string? sid = null)
    {
        using var response = await server.Anonymous().PostSignedAsync(Path, TwilioWebhooks.Inbound(from, body, sid));
        var xml = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {xml}");
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response", xml);
        var document = XDocument.Parse(xml);
        Assert.Equal("Response", document.Root!.Name.LocalName);
        return document.Root.Element("Message")?.Value;
    }

    private Task<int> InboundRowsAsync(string sid) => server.Factory.DbAsync(db => db.InboundSms.CountAsync(s => s.MessageSid == sid));

    private async Task<string> PersonWithPhoneAsync(string phone, string language = "en")
    {
        var client = await server.ClientAsync(Roles.Coordinator);
        var body = new JsonObject { ["name"] = "Responder", ["phone"] = phone, ["language"] = language };
        return (await client.PostAsync("/api/people", Api.Json(body.ToJsonString())).ExpectAsync(HttpStatusCode.Created)).Str("id");
    }

    [Fact]
    public async Task A_signed_reply_with_the_code_confirms_that_request_by_sms()
    {
        var phone = AckRows.NewPhone();
        var (target, other) = (AckRows.New(phone, "42"), AckRows.New(phone, "17"));
        await server.Factory.AddAsync(target, other);

        var reply = await TextAsync(phone, " '42' ");

        Assert.Equal("Confirmed (42). Thank you.", reply);
        var confirmed = await server.Factory.AckRequestAsync(target.Id);
        Assert.Equal((AckStatus.Confirmed, "Sms"), (confirmed.Status, confirmed.ConfirmedVia));
        Assert.NotNull(confirmed.ConfirmedAt);
        Assert.Equal(AckStatus.Open, (await server.Factory.AckRequestAsync(other.Id)).Status);
    }

    [Fact]
    public async Task A_forged_or_missing_signature_is_a_403_and_nothing_is_recorded()
    {
        var phone = AckRows.NewPhone();
        var request = (await server.Factory.AddAsync(AckRows.New(phone, "55")))[0];
        var form = TwilioWebhooks.Inbound(phone, "55");
        var sid = form["MessageSid"];
        var client = server.Anonymous();

        using var forged = await client.PostSignedAsync(Path, form, authToken: "not-the-auth-token");
        var genuine = TwilioSignature.Compute(TwilioWebhooks.AuthToken, TwilioWebhooks.PublicBaseUrl + Path, form);
        using var tampered = await client.PostSignedAsync(Path, new Dictionary<string, string>(form) { ["Body"] = "55 " }, genuine);
        using var unsigned = await client.PostAsync(Path, new FormUrlEncodedContent(form));

        Assert.Equal([HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden], new[] { forged.StatusCode, tampered.StatusCode, unsigned.StatusCode });
        Assert.Equal(0, await InboundRowsAsync(sid));
        Assert.Equal(AckStatus.Open, (await server.Factory.AckRequestAsync(request.Id)).Status);
    }

    [Fact]
    public async Task A_replayed_message_sid_is_recorded_once_and_answered_the_same()
    {
        var phone = AckRows.NewPhone();
        var request = (await server.Factory.AddAsync(AckRows.New(phone, "63")))[0];
        var sid = TwilioWebhooks.NewSid();

        var first = await TextAsync(phone, "63", sid);
        var replays = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => TextAsync(phone, "63", sid)));

        Assert.Equal("Confirmed (63). Thank you.", first);
        Assert.All(replays, r => Assert.Equal(first, r));
        Assert.Equal(1, await InboundRowsAsync(sid));
        Assert.Equal(AckStatus.Confirmed, (await server.Factory.AckRequestAsync(request.Id)).Status);
    }

    [Fact]
    public async Task Yes_with_several_open_requests_lists_their_codes_and_confirms_nothing()
    {
        var phone = AckRows.NewPhone();
        var requests = await server.Factory.AddAsync(AckRows.New(phone, "31"), AckRows.New(phone, "24"));

        var reply = await TextAsync(phone, "YES");

        Assert.Equal("You have 2 messages to confirm: reply with one of the codes 24, 31.", reply);
        foreach (var request in requests) Assert.Equal(AckStatus.Open, (await server.Factory.AckRequestAsync(request.Id)).Status);
    }

    [Fact]
    public async Task A_confirm_word_confirms_the_only_open_request_and_answers_in_the_persons_language()
    {
        var phone = AckRows.NewPhone();
        await PersonWithPhoneAsync(phone, "zh-CN");
        var request = (await server.Factory.AddAsync(AckRows.New(phone, "88", language: "zh-CN")))[0];

        Assert.Equal("已确认（88），谢谢！", await TextAsync(phone, "确认"));
        Assert.Equal(AckStatus.Confirmed, (await server.Factory.AckRequestAsync(request.Id)).Status);
    }

    [Fact]
    public async Task A_closed_or_unknown_code_gets_a_clear_answer()
    {
        var phone = AckRows.NewPhone();
        await server.Factory.AddAsync(AckRows.New(phone, "71", AckStatus.Closed), AckRows.New(phone, "72"));

        Assert.Equal("Code 71 is no longer needed: nothing to confirm.", await TextAsync(phone, "71"));
        Assert.Equal("Code 99 is not one of your open requests. Your open codes: 72.", await TextAsync(phone, "99"));
    }

    [Fact]
    public async Task Stop_opts_the_person_out_and_start_opts_them_in_again()
    {
        var phone = AckRows.NewPhone();
        var id = await PersonWithPhoneAsync(phone);
        var client = await server.ClientAsync(Roles.Coordinator);

        Assert.Null(await TextAsync(phone, "stop")); // Twilio's own opt-out handling answers STOP
        var optedOut = await client.GetOkAsync($"/api/people/{id}");
        Assert.True(optedOut["optOut"]!["sms"]!.GetValue<bool>());
        Assert.NotNull(optedOut["optOut"]!["smsSince"]);

        Assert.Equal("NotUnderstood", await OutcomeAsync(phone, "stop the alarm"));
        Assert.True((await client.GetOkAsync($"/api/people/{id}"))["optOut"]!["sms"]!.GetValue<bool>());

        Assert.Null(await TextAsync(phone, "START"));
        Assert.False((await client.GetOkAsync($"/api/people/{id}"))["optOut"]!["sms"]!.GetValue<bool>());
    }

    private async Task<string?> OutcomeAsync(string phone, string body)
    {
        var sid = TwilioWebhooks.NewSid();
        await TextAsync(phone, body, sid);
        return await server.Factory.DbAsync(db => db.InboundSms.Where(s => s.MessageSid == sid).Select(s => s.Outcome).SingleAsync());
    }
}

public sealed class InboundSmsApiTests_Sqlite(SqliteServerWithTwilio server) : InboundSmsApiTests(server), IClassFixture<SqliteServerWithTwilio>;

public sealed class InboundSmsApiTests_Postgres(PostgresServerWithTwilio server) : InboundSmsApiTests(server), IClassFixture<PostgresServerWithTwilio>;
