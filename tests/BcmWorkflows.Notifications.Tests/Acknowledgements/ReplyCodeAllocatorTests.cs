using BcmWorkflows.Data;
using BcmWorkflows.Notifications.Acknowledgements;
using BcmWorkflows.Notifications.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace BcmWorkflows.Notifications.Tests.Acknowledgements;

public abstract class ReplyCodeAllocatorTests(DatabaseFixture fixture)
{
    private static readonly string[] TwoDigitCodes = Enumerable.Range(10, 90).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

    [Fact]
    public async Task Staged_codes_count_so_one_unit_of_work_gets_90_distinct_two_digit_codes_then_three_digits()
    {
        await using var host = fixture.Host();
        var phone = TestPhones.Next();
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BcmDbContext>();
        var codes = scope.ServiceProvider.GetRequiredService<IReplyCodes>();

        var allocated = new List<string>();
        for (var i = 0; i < 91; i++)
        {
            var code = await codes.AllocateAsync(phone, default);
            allocated.Add(code);
            db.AckRequests.Add(AckRequests.New(phone, code, host.Clock.GetUtcNow()));
        }
        await db.SaveChangesAsync(); // the unique index on open codes per phone agrees

        Assert.Equal(TwoDigitCodes, allocated.Take(90).Order(StringComparer.Ordinal));
        Assert.Equal(3, allocated[90].Length);
    }

    [Fact]
    public async Task Stored_open_codes_are_taken_and_a_closed_or_confirmed_code_is_free_again()
    {
        await using var host = fixture.Host();
        var phone = TestPhones.Next();
        var now = host.Clock.GetUtcNow();
        var requests = TwoDigitCodes.Select(code => AckRequests.New(phone, code, now)).ToList();
        await host.DbAsync(db =>
        {
            db.AckRequests.AddRange(requests);
            return db.SaveChangesAsync();
        });
        Assert.Equal(3, (await host.WithAsync<IReplyCodes, string>(c => c.AllocateAsync(phone, default))).Length);

        await host.DbAsync(db => db.AckRequests.Where(a => a.Id == requests[41].Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, AckStatus.Closed)));
        Assert.Equal(requests[41].ReplyCode, await host.WithAsync<IReplyCodes, string>(c => c.AllocateAsync(phone, default)));

        await host.DbAsync(db => db.AckRequests.Where(a => a.Id == requests[7].Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.Status, AckStatus.Confirmed)));
        var freed = new[] { requests[41].ReplyCode, requests[7].ReplyCode };
        for (var i = 0; i < 10; i++) Assert.Contains(await host.WithAsync<IReplyCodes, string>(c => c.AllocateAsync(phone, default)), freed);
    }

    [Fact]
    public async Task Codes_are_per_phone()
    {
        await using var host = fixture.Host();
        string busy = TestPhones.Next(), other = TestPhones.Next();
        await host.DbAsync(db =>
        {
            db.AckRequests.AddRange(TwoDigitCodes.Select(code => AckRequests.New(busy, code, host.Clock.GetUtcNow())));
            return db.SaveChangesAsync();
        });

        Assert.Equal(2, (await host.WithAsync<IReplyCodes, string>(c => c.AllocateAsync(other, default))).Length);
    }

    [Fact]
    public async Task A_staged_request_that_is_removed_again_does_not_hold_its_code()
    {
        await using var host = fixture.Host();
        var phone = TestPhones.Next();
        var now = host.Clock.GetUtcNow();
        await host.DbAsync(db =>
        {
            db.AckRequests.AddRange(TwoDigitCodes.Skip(1).Select(code => AckRequests.New(phone, code, now)));
            return db.SaveChangesAsync();
        });
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BcmDbContext>();
        var codes = scope.ServiceProvider.GetRequiredService<IReplyCodes>();

        var staged = AckRequests.New(phone, "10", now);
        db.AckRequests.Add(staged);
        Assert.Equal(3, (await codes.AllocateAsync(phone, default)).Length);
        db.AckRequests.Remove(staged);
        Assert.Equal("10", await codes.AllocateAsync(phone, default));
    }

    [Fact]
    public async Task A_batch_avoids_stored_and_staged_open_codes_and_the_codes_it_handed_out()
    {
        await using var host = fixture.Host();
        var phone = TestPhones.Next();
        var now = host.Clock.GetUtcNow();
        await host.DbAsync(db =>
        {
            db.AckRequests.AddRange(TwoDigitCodes.Skip(3).Select(code => AckRequests.New(phone, code, now)));
            db.AckRequests.Add(AckRequests.New(phone, "10", now, AckStatus.Confirmed)); // not open: its code is free
            return db.SaveChangesAsync();
        });
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BcmDbContext>();
        var codes = scope.ServiceProvider.GetRequiredService<IReplyCodes>();
        db.AckRequests.Add(AckRequests.New(phone, "12", now)); // staged before the batch

        var batch = await codes.BatchAsync([phone, phone], default);
        var allocated = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            allocated.Add(batch.Allocate(phone));
            db.AckRequests.Add(AckRequests.New(phone, allocated[^1], now));
        }
        await db.SaveChangesAsync(); // the unique index on open codes per phone agrees

        Assert.Equal(["10", "11"], allocated.Take(2).Order(StringComparer.Ordinal));
        Assert.Equal(3, allocated[2].Length);
    }

    [Fact]
    public async Task A_batch_reads_the_open_codes_of_1500_phones_in_two_queries_and_keeps_them_per_phone()
    {
        await using var host = fixture.Host();
        var busy = TestPhones.Next();
        var quiet = Enumerable.Range(0, 1499).Select(_ => TestPhones.Next()).ToList();
        await host.DbAsync(db =>
        {
            db.AckRequests.AddRange(TwoDigitCodes.Select(code => AckRequests.New(busy, code, host.Clock.GetUtcNow())));
            return db.SaveChangesAsync();
        });
        await using var scope = host.Services.CreateAsyncScope();
        var codes = scope.ServiceProvider.GetRequiredService<IReplyCodes>();
        await codes.BatchAsync([TestPhones.Next()], default); // EF's first-use work is not what is measured

        ReplyCodeBatch? batch = null;
        var commands = await SqlCommandCounter.CountAsync(async () => batch = await codes.BatchAsync([busy, .. quiet], default));

        Assert.Equal(2, commands); // 1,000 phones per query
        Assert.Equal(3, batch!.Allocate(busy).Length);
        Assert.All(quiet, phone => Assert.Equal(2, batch.Allocate(phone).Length));
        Assert.Throws<InvalidOperationException>(() => batch.Allocate(TestPhones.Next()));
    }
}

public sealed class ReplyCodeAllocatorTests_Sqlite(SqliteFixture fixture) : ReplyCodeAllocatorTests(fixture), IClassFixture<SqliteFixture>;

public sealed class ReplyCodeAllocatorTests_Postgres(PostgresFixture fixture) : ReplyCodeAllocatorTests(fixture), IClassFixture<PostgresFixture>;
