using BcmWorkflows.Notifications.Acknowledgements;
using BcmWorkflows.Notifications.Inbound;
using BcmWorkflows.Notifications.People;
using BcmWorkflows.Notifications.Tests.Acknowledgements;
using BcmWorkflows.Notifications.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Notifications.Tests.Inbound;

/// <summary>The answers of the reply grammar on a real database: codes, closed and unknown codes, languages, keywords.</summary>
public abstract class InboundSmsHandlerTests(DatabaseFixture fixture)
{
    private static Task<InboundSmsResult> ReceiveAsync(NotificationsHost host, string from, string body, string? sid = null) =>
        host.WithAsync<InboundSmsHandler, InboundSmsResult>(h => h.HandleAsync(new InboundSmsMessage(sid ?? "SM" + Guid.NewGuid().ToString("N"), from, "+15005550006", body), default));

    private static async Task<List<AckRequest>> SeedAsync(NotificationsHost host, params AckRequest[] requests)
    {
        await host.DbAsync(db =>
        {
            db.AckRequests.AddRange(requests);
            return db.SaveChangesAsync();
        });
        return [.. requests];
    }

    private static Task AddPersonAsync(NotificationsHost host, string phone, string language, DateTimeOffset? optedOut = null) =>
        host.DbAsync(db =>
        {
            db.People.Add(new Person { Id = Guid.NewGuid().ToString("N"), Name = "P", Phone = phone, Language = language, SmsOptedOutAt = optedOut, Revision = 1 });
            return db.SaveChangesAsync();
        });

    private static Task<AckRequest> RequestAsync(NotificationsHost host, string id) => host.DbAsync(db => db.AckRequests.AsNoTracking().SingleAsync(a => a.Id == id));

    [Fact]
    public async Task A_code_confirms_its_request_only_and_the_answer_is_in_the_persons_language()
    {
        await using var host = fixture.Host();
        var phone = TestPhones.Next();
        await AddPersonAsync(host, phone, "zh-CN");
        var now = host.Clock.GetUtcNow();
        var requests = await SeedAsync(host, AckRequests.New(phone, "12", now, language: "zh-CN"), AckRequests.New(phone, "34", now, language: "zh-CN"));

        var result = await ReceiveAsync(host, phone, "“34”");

        Assert.Equal("Confirmed", result.Outcome);
        Assert.Equal("已确认（34），谢谢！", result.Reply);
        Assert.Equal(AckStatus.Confirmed, (await RequestAsync(host, requests[1].Id)).Status);
        Assert.Equal("Sms", (await RequestAsync(host, requests[1].Id)).ConfirmedVia);
        Assert.Equal(AckStatus.Open, (await RequestAsync(host, requests[0].Id)).Status);
    }

    [Fact]
    public async Task Without_an_open_request_the_answer_is_in_the_language_of_the_person_with_that_number()
    {
        await using var host = fixture.Host();
        var phone = TestPhones.Next();
        await AddPersonAsync(host, phone, "zh-CN");

        Assert.Equal("您目前没有需要确认的消息。", (await ReceiveAsync(host, phone, "收到")).Reply);
        Assert.Equal("You have nothing to confirm right now.", (await ReceiveAsync(host, TestPhones.Next(), "收到")).Reply);
    }

    [Fact]
    public async Task A_confirmed_closed_expired_or_unknown_code_gets_a_clear_answer()
    {
        await using var host = fixture.Host();
        var phone = TestPhones.Next();
        var now = host.Clock.GetUtcNow();
        await SeedAsync(host,
            AckRequests.New(phone, "21", now, AckStatus.Confirmed),
            AckRequests.New(phone, "22", now, AckStatus.Closed),
            AckRequests.New(phone, "23", now.AddDays(-2)),
            AckRequests.New(phone, "24", now));

        Assert.Equal("Code 21 was already confirmed. Thank you.", (await ReceiveAsync(host, phone, "21")).Reply);
        Assert.Equal("Code 22 is no longer needed: nothing to confirm.", (await ReceiveAsync(host, phone, "22")).Reply);
        Assert.Equal("Code 23 is no longer needed: nothing to confirm.", (await ReceiveAsync(host, phone, "23")).Reply);
        var unknown = await ReceiveAsync(host, phone, "77");
        Assert.Equal("UnknownCode", unknown.Outcome);
        Assert.Equal("Code 77 is not one of your open requests. Your open codes: 24.", unknown.Reply);
    }

    [Fact]
    public async Task A_confirm_word_confirms_the_only_open_request_lists_several_and_says_when_there_is_none()
    {
        await using var host = fixture.Host();
        string single = TestPhones.Next(), several = TestPhones.Next(), none = TestPhones.Next();
        var now = host.Clock.GetUtcNow();
        var requests = await SeedAsync(host, AckRequests.New(single, "45", now), AckRequests.New(several, "56", now), AckRequests.New(several, "17", now));

        Assert.Equal("Confirmed (45). Thank you.", (await ReceiveAsync(host, single, "收到")).Reply);
        Assert.Equal(AckStatus.Confirmed, (await RequestAsync(host, requests[0].Id)).Status);
        var ambiguous = await ReceiveAsync(host, several, "ok");
        Assert.Equal("Ambiguous", ambiguous.Outcome);
        Assert.Equal("You have 2 messages to confirm: reply with one of the codes 17, 56.", ambiguous.Reply);
        Assert.Equal("You have nothing to confirm right now.", (await ReceiveAsync(host, none, "YES")).Reply);
    }

    [Fact]
    public async Task A_confirmation_costs_three_commands_in_one_commit_however_many_requests_and_people_the_phone_has()
    {
        await using var host = fixture.Host();
        string busy = TestPhones.Next(), quiet = TestPhones.Next();
        var now = host.Clock.GetUtcNow();
        await SeedAsync(host, [.. Enumerable.Range(10, 40).Select(n => AckRequests.New(busy, n.ToString(System.Globalization.CultureInfo.InvariantCulture), now)),
            AckRequests.New(quiet, "10", now)]);
        for (var i = 0; i < 3; i++) await AddPersonAsync(host, busy, "en");
        await ReceiveAsync(host, TestPhones.Next(), "warm-up"); // EF's first-use work is not what is measured

        var busyCommands = await SqlCommandCounter.CountAsync(async () => Assert.Equal("Confirmed", (await ReceiveAsync(host, busy, "33")).Outcome));
        var quietCommands = await SqlCommandCounter.CountAsync(async () => Assert.Equal("Confirmed", (await ReceiveAsync(host, quiet, "ok")).Outcome));

        Assert.Equal(3, busyCommands); // open requests, the confirming update, the record (replays fail on it); one commit
        Assert.Equal(busyCommands, quietCommands);
    }

    [Fact]
    public async Task A_replayed_message_sid_changes_nothing_and_gets_the_same_answer()
    {
        await using var host = fixture.Host();
        var phone = TestPhones.Next();
        var request = (await SeedAsync(host, AckRequests.New(phone, "61", host.Clock.GetUtcNow())))[0];
        var sid = "SM" + Guid.NewGuid().ToString("N");

        var first = await ReceiveAsync(host, phone, "61", sid);
        var replay = await ReceiveAsync(host, phone, "61", sid);

        Assert.Equal(first.Reply, replay.Reply);
        Assert.True(replay.Replayed);
        Assert.Equal(1, await host.DbAsync(db => db.InboundSms.CountAsync(s => s.MessageSid == sid)));
        Assert.Equal(request.Id, (await host.DbAsync(db => db.InboundSms.SingleAsync(s => s.MessageSid == sid))).AckRequestId);
    }

    [Fact]
    public async Task Stop_opts_every_person_with_the_number_out_silently_and_yes_from_an_opted_out_phone_opts_in()
    {
        await using var host = fixture.Host();
        var phone = TestPhones.Next();
        await AddPersonAsync(host, phone, "en");
        await AddPersonAsync(host, phone, "zh-CN");

        var stop = await ReceiveAsync(host, phone, "Stop");
        Assert.Equal(("OptedOut", (string?)null), (stop.Outcome, stop.Reply));
        Assert.Equal(2, await host.DbAsync(db => db.People.CountAsync(p => p.Phone == phone && p.SmsOptedOutAt != null && p.Revision == 2)));

        Assert.Equal("NotUnderstood", (await ReceiveAsync(host, phone, "stop the alarm")).Outcome);
        var yes = await ReceiveAsync(host, phone, "YES");
        Assert.Equal("OptedIn", yes.Outcome);
        Assert.Equal(0, await host.DbAsync(db => db.People.CountAsync(p => p.Phone == phone && p.SmsOptedOutAt != null)));
    }

    [Fact]
    public async Task Keyword_answers_can_be_switched_on()
    {
        await using var host = fixture.Host(new Dictionary<string, string?> { ["Bcm:Sms:Inbound:AnswerKeywords"] = "true" });
        var phone = TestPhones.Next();
        await AddPersonAsync(host, phone, "zh-CN");

        Assert.Equal("您将不再收到我们的短信。回复 START 可重新接收。", (await ReceiveAsync(host, phone, "STOP")).Reply);
        Assert.Equal("您将重新收到我们的短信。", (await ReceiveAsync(host, phone, "START")).Reply);
    }
}

public sealed class InboundSmsHandlerTests_Sqlite(SqliteFixture fixture) : InboundSmsHandlerTests(fixture), IClassFixture<SqliteFixture>;

public sealed class InboundSmsHandlerTests_Postgres(PostgresFixture fixture) : InboundSmsHandlerTests(fixture), IClassFixture<PostgresFixture>;
