using BcmWorkflows.Notifications.People;
using BcmWorkflows.Notifications.People.Import;
using BcmWorkflows.Notifications.Tests.Support;
using Microsoft.EntityFrameworkCore;

namespace BcmWorkflows.Notifications.Tests.People;

public abstract class PeopleImporterTests(DatabaseFixture fixture)
{
    private static string Unique() => Guid.NewGuid().ToString("N")[..10];

    private static async Task<PeopleImportResult> ImportAsync(NotificationsHost host, string csv) =>
        await host.WithAsync<PeopleImporter, PeopleImportResult>(i => i.ImportAsync(csv, default));

    [Fact]
    public async Task New_people_are_created_and_known_ones_updated_by_id_or_by_email()
    {
        await using var host = fixture.Host();
        var u = Unique();
        var first = await ImportAsync(host, $"name,email,phone,language,channels,orgUnit\r\nAna,ana.{u}@example.org,+49 151 1000 0001,,,HR\r\nBen,ben.{u}@example.org,,en,Email,IT\r\n");
        Assert.True(first.Succeeded, string.Join("; ", first.Errors.Select(e => $"{e.Key}: {e.Value[0]}")));
        Assert.Equal((2, 0), (first.Created, first.Updated));
        var ana = first.PersonIds[0];

        var second = await ImportAsync(host,
            $"id,name,email,phone,channels\n{ana},Ana Maria,ana.{u}@example.org,+4915110000001,Email|Sms\n,Benjamin,BEN.{u}@example.org,,\n,\"王伟\",wang.{u}@example.cn,+86 138 0013 8000,\"Sms;Email\"\n");
        Assert.True(second.Succeeded, string.Join("; ", second.Errors.Select(e => $"{e.Key}: {e.Value[0]}")));
        Assert.Equal((1, 2), (second.Created, second.Updated));
        Assert.Equal(ana, second.PersonIds[0]);
        Assert.Equal(first.PersonIds[1], second.PersonIds[1]);

        var people = await host.DbAsync(db => db.People.AsNoTracking().Where(p => second.PersonIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id));
        var updatedAna = people[ana];
        Assert.Equal("Ana Maria", updatedAna.Name);
        Assert.Equal([Channel.Email, Channel.Sms], updatedAna.Channels);
        Assert.Equal("HR", updatedAna.OrgUnit); // no orgUnit column: kept
        Assert.Equal(2, updatedAna.Revision);
        var ben = people[first.PersonIds[1]];
        Assert.Equal("Benjamin", ben.Name);
        Assert.Equal([Channel.Email], ben.Channels); // empty cell: derived from the addresses
        var wang = people[second.PersonIds[2]];
        Assert.Equal("+8613800138000", wang.Phone);
        Assert.Equal("王伟", wang.Name);
    }

    [Fact]
    public async Task One_wrong_row_stores_nothing_and_every_problem_is_reported_by_row_and_column()
    {
        await using var host = fixture.Host();
        var u = Unique();
        var csv = $"name,email,phone,channels\nGood,good.{u}@example.org,,\nBad phone,bad.{u}@example.org,+49 123,\n,nameless.{u}@example.org,,\nNo sms,nosms.{u}@example.org,,Sms\nBad mail,nope,,\n";

        var result = await ImportAsync(host, csv);

        Assert.False(result.Succeeded);
        Assert.Equal(["row 3: phone", "row 4: name", "row 5: channels[0]", "row 6: email"], result.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(0, await host.DbAsync(db => db.People.CountAsync(p => p.Email != null && p.Email.EndsWith($"{u}@example.org"))));
    }

    [Fact]
    public async Task An_unknown_id_a_repeated_email_and_two_rows_for_one_person_are_errors()
    {
        await using var host = fixture.Host();
        var u = Unique();
        var seeded = await ImportAsync(host, $"name,email\nCleo,cleo.{u}@example.org\n");
        var cleo = seeded.PersonIds[0];

        var result = await ImportAsync(host,
            $"id,name,email\nnobody-{u},Ghost,ghost.{u}@example.org\n,Dana,dana.{u}@example.org\n,Dana again,DANA.{u}@example.org\n{cleo},Cleo,cleo.{u}@example.org\n,Cleo twice,cleo.{u}@example.org\n");

        Assert.Equal(["row 2: id", "row 4: email", "row 6: email"], result.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("row 3", result.Errors["row 4: email"][0]);
        Assert.Contains("Row 5", result.Errors["row 6: email"][0]);
    }

    [Fact]
    public async Task An_email_shared_by_two_people_needs_the_id()
    {
        await using var host = fixture.Host();
        var shared = $"team.{Unique()}@example.org";
        Assert.True((await ImportAsync(host, $"name,email\nOne,{shared}\n")).Succeeded);
        Assert.True((await ImportAsync(host, $"id,name,email\n,One,{shared}\n")).Succeeded); // matched: updated, not doubled
        await host.DbAsync(db =>
        {
            db.People.Add(new Person { Id = Guid.NewGuid().ToString("N"), Name = "Two", Email = shared, Revision = 1 });
            return db.SaveChangesAsync();
        });

        var result = await ImportAsync(host, $"name,email\nWho,{shared}\n");

        Assert.Contains("2 people", Assert.Single(result.Errors, e => e.Key == "row 2: email").Value[0]);
    }

    [Fact]
    public async Task An_import_never_changes_opt_outs()
    {
        await using var host = fixture.Host();
        var email = $"optout.{Unique()}@example.org";
        var id = (await ImportAsync(host, $"name,email,phone\nEve,{email},+4915110000009\n")).PersonIds[0];
        var optedOutAt = host.Clock.GetUtcNow();
        await host.DbAsync(db => db.People.Where(p => p.Id == id).ExecuteUpdateAsync(s => s.SetProperty(p => p.SmsOptedOutAt, optedOutAt)));

        Assert.True((await ImportAsync(host, $"name,email,phone\nEve B,{email},+4915110000009\n")).Succeeded);

        var eve = await host.DbAsync(db => db.People.AsNoTracking().SingleAsync(p => p.Id == id));
        Assert.Equal("Eve B", eve.Name);
        Assert.Equal(optedOutAt, eve.SmsOptedOutAt);
    }
}

public sealed class PeopleImporterTests_Sqlite(SqliteFixture fixture) : PeopleImporterTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PeopleImporterTests_Postgres(PostgresFixture fixture) : PeopleImporterTests(fixture), IClassFixture<PostgresFixture>;
