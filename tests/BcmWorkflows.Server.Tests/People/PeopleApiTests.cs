using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Support;

namespace BcmWorkflows.Server.Tests.People;

/// <summary><c>/api/people</c>: create, read, list, update with revisions, validation, roles.</summary>
public abstract class PeopleApiTests(ServerFixture server)
{
    private Task<HttpClient> Coordinator() => server.ClientAsync(Roles.Coordinator);

    private static string Unique() => Guid.NewGuid().ToString("N")[..10];

    private static async Task<JsonNode> CreateAsync(HttpClient client, object body) =>
        await client.PostAsync("/api/people", JsonContent(body)).ExpectAsync(HttpStatusCode.Created);

    private static StringContent JsonContent(object body) => Api.Json(System.Text.Json.JsonSerializer.Serialize(body));

    [Fact]
    public async Task A_person_is_created_with_an_E164_phone_and_read_back()
    {
        var client = await Coordinator();
        var u = Unique();
        using var response = await client.PostAsync("/api/people", JsonContent(new
        {
            name = "王伟", email = $"wang.{u}@example.cn", phone = "+86 138 0013 8000", language = "zh-CN", channels = new[] { "Email", "Sms" }, orgUnit = "IT",
        }));
        var created = await Api.ExpectAsync(response, HttpStatusCode.Created);
        var id = created.Str("id");
        Assert.Equal($"/api/people/{id}", response.Headers.Location?.OriginalString);

        var read = await client.GetOkAsync($"/api/people/{id}");
        read.HasFields("id", "name", "email", "phone", "language", "channels", "optOut", "orgUnit", "userId", "revision", "createdAt", "updatedAt");
        Assert.Equal("+8613800138000", read.Str("phone"));
        Assert.Equal("zh-CN", read.Str("language"));
        Assert.Equal(["Email", "Sms"], read["channels"]!.AsArray().Select(c => c!.GetValue<string>()));
        Assert.False(read["optOut"]!["sms"]!.GetValue<bool>());
        Assert.Equal(1, read.Int("revision"));
    }

    [Fact]
    public async Task Invalid_fields_are_a_400_keyed_by_field_and_nothing_is_stored()
    {
        var client = await Coordinator();
        var u = Unique();
        var errors = await client.PostAsync("/api/people", JsonContent(new
        {
            name = $"Broken {u}", email = "no-at-sign", phone = "+49 123", channels = new[] { "Sms", "Pigeon" },
        })).ValidationErrorsAsync();

        Assert.Equal(["channels[1]", "email", "phone"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("+49 123", errors["phone"][0]);
        Assert.Empty((await client.GetOkAsync($"/api/people?search=Broken%20{u}")).AsArray());
    }

    [Fact]
    public async Task An_update_with_the_read_revision_succeeds_and_a_stale_revision_is_a_409()
    {
        var client = await Coordinator();
        var u = Unique();
        var person = await CreateAsync(client, new { name = "Ana", email = $"ana.{u}@example.org" });
        var url = $"/api/people/{person.Str("id")}";

        var updated = await client.PutAsync(url, JsonContent(new
        {
            name = "Ana Maria", email = $"ana.{u}@example.org", phone = "+4915112345678", channels = new[] { "Sms", "Email" }, optOut = new { email = true }, revision = 1,
        })).ExpectAsync(HttpStatusCode.OK);
        Assert.Equal(2, updated.Int("revision"));
        Assert.True(updated["optOut"]!["email"]!.GetValue<bool>());
        Assert.NotNull(updated["optOut"]!["emailSince"]);

        var stale = await client.PutAsync(url, JsonContent(new { name = "Someone else", email = $"ana.{u}@example.org", revision = 1 }))
            .ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("revision 1", stale.Str("detail"));
        Assert.Equal("Ana Maria", (await client.GetOkAsync(url)).Str("name"));

        // optOut left out: unchanged.
        var kept = await client.PutAsync(url, JsonContent(new { name = "Ana M.", email = $"ana.{u}@example.org", revision = 2 })).ExpectAsync(HttpStatusCode.OK);
        Assert.True(kept["optOut"]!["email"]!.GetValue<bool>());
        Assert.Equal(["Email"], kept["channels"]!.AsArray().Select(c => c!.GetValue<string>()));
    }

    [Fact]
    public async Task An_update_needs_the_revision_and_an_existing_person()
    {
        var client = await Coordinator();
        var person = await CreateAsync(client, new { name = "Ben", email = $"ben.{Unique()}@example.org" });

        Assert.Contains("revision", (await client.PutAsync($"/api/people/{person.Str("id")}", JsonContent(new { name = "Ben" })).ValidationErrorsAsync()).Keys);
        await client.PutAsync("/api/people/nobody", JsonContent(new { name = "X", email = "x@example.org", revision = 1 })).ProblemAsync(HttpStatusCode.NotFound);
        await client.GetAsync("/api/people/nobody").ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unknown_user_account_is_rejected()
    {
        var client = await Coordinator();
        var errors = await client.PostAsync("/api/people", JsonContent(new { name = "Cleo", email = "cleo@example.org", userId = "no-such-user" })).ValidationErrorsAsync();

        Assert.Equal(["userId"], errors.Keys);
    }

    [Fact]
    public async Task People_are_listed_by_name_filtered_by_org_unit_and_search_text_a_page_at_a_time()
    {
        var client = await Coordinator();
        var unit = $"unit-{Unique()}";
        foreach (var name in new[] { "Carla", "Anton", "Bert" })
            await CreateAsync(client, new { name, email = $"{name.ToLowerInvariant()}.{unit}@example.org", orgUnit = unit });
        await CreateAsync(client, new { name = "Zoe", phone = "+49 151 5555 0001", orgUnit = $"{unit}-other" });

        using var response = await client.GetAsync($"/api/people?orgUnit={unit}&pageSize=2&page=1");
        var page = await Api.ExpectAsync(response, HttpStatusCode.OK);
        Assert.Equal("3", response.Headers.GetValues("X-Total-Count").Single());
        Assert.Equal(["Anton", "Bert"], page.AsArray().Select(p => p.Str("name")));
        Assert.Equal(["Carla"], (await client.GetOkAsync($"/api/people?orgUnit={unit}&pageSize=2&page=2")).AsArray().Select(p => p.Str("name")));
        Assert.Equal(["Bert"], (await client.GetOkAsync($"/api/people?orgUnit={unit}&search=BER")).AsArray().Select(p => p.Str("name")));
        Assert.Equal(["Zoe"], (await client.GetOkAsync($"/api/people?search={Uri.EscapeDataString("5555 0001")}")).AsArray().Select(p => p.Str("name")));
        Assert.Empty((await client.GetOkAsync($"/api/people?orgUnit={unit}&search=%25")).AsArray());
        await client.GetAsync("/api/people?pageSize=0").ProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Staff_can_read_people_but_not_change_them()
    {
        var coordinator = await Coordinator();
        var staff = await server.ClientAsync(Roles.Staff);
        var person = await CreateAsync(coordinator, new { name = "Dora", email = $"dora.{Unique()}@example.org" });

        await staff.GetOkAsync($"/api/people/{person.Str("id")}");
        using var create = await staff.PostAsync("/api/people", JsonContent(new { name = "Eve", email = "eve@example.org" }));
        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        using var import = await staff.PostAsync("/api/people/import", new StringContent("name\nEve\n", Encoding.UTF8, "text/csv"));
        Assert.Equal(HttpStatusCode.Forbidden, import.StatusCode);
        using var anonymous = await server.Anonymous().GetAsync("/api/people");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task A_CSV_import_creates_and_updates_in_one_go()
    {
        var client = await Coordinator();
        var u = Unique();
        var existing = await CreateAsync(client, new { name = "Fritz", email = $"fritz.{u}@example.org" });
        var csv = $"name,email,phone,language,channels,orgUnit\r\n\"Fritz, F.\",FRITZ.{u}@example.org,,,,Ops\r\n李娜,li.{u}@example.cn,+86 138 0013 8000,zh-CN,\"Sms|Email\",\"Ops, East\"\r\n";

        var result = await client.PostAsync("/api/people/import", new StringContent(csv, Encoding.UTF8, "text/csv")).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(1, result.Int("created"));
        Assert.Equal(1, result.Int("updated"));
        var ids = result["people"]!.AsArray().Select(p => p!.GetValue<string>()).ToList();
        Assert.Equal(existing.Str("id"), ids[0]);
        var li = await client.GetOkAsync($"/api/people/{ids[1]}");
        Assert.Equal(("李娜", "+8613800138000", "Ops, East"), (li.Str("name"), li.Str("phone"), li.Str("orgUnit")));
        Assert.Equal("Fritz, F.", (await client.GetOkAsync($"/api/people/{ids[0]}")).Str("name"));
    }

    [Fact]
    public async Task A_CSV_upload_as_multipart_form_data_is_imported()
    {
        var client = await Coordinator();
        var u = Unique();
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes($"name;email\nGreta;greta.{u}@example.org\n"));
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", "people.csv");

        var result = await client.PostAsync("/api/people/import", form).ExpectAsync(HttpStatusCode.OK);

        Assert.Equal(1, result.Int("created"));
    }

    [Fact]
    public async Task A_CSV_with_wrong_rows_imports_nothing_and_names_each_row_and_field()
    {
        var client = await Coordinator();
        var u = Unique();
        var csv = $"name,email,phone\nHans,hans.{u}@example.org,\nIda,ida.{u}@example.org,+49 123\nJon,jon-at-example,\n";

        var errors = await client.PostAsync("/api/people/import", new StringContent(csv, Encoding.UTF8, "text/csv")).ValidationErrorsAsync();

        Assert.Equal(["row 3: phone", "row 4: email"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.Empty((await client.GetOkAsync($"/api/people?search=hans.{u}")).AsArray());
    }

    [Fact]
    public async Task A_CSV_that_is_not_UTF8_too_large_or_of_another_type_is_refused()
    {
        var client = await Coordinator();
        var gbk = new ByteArrayContent([0x6E, 0x61, 0x6D, 0x65, 0x0A, 0xCD, 0xF5, 0xCE, 0xB0, 0x0A]);
        gbk.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        Assert.Equal(["file"], (await client.PostAsync("/api/people/import", gbk).ValidationErrorsAsync()).Keys);

        var huge = new StringBuilder("name,email\n");
        while (huge.Length <= 5 * 1024 * 1024) huge.Append("Somebody With A Long Name,somebody.with.a.long.name@example.org\n");
        await client.PostAsync("/api/people/import", new StringContent(huge.ToString(), Encoding.UTF8, "text/csv")).ProblemAsync(HttpStatusCode.RequestEntityTooLarge);

        await client.PostAsync("/api/people/import", Api.Json("{}")).ProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }
}

public sealed class PeopleApiTests_Sqlite(SqliteServer server) : PeopleApiTests(server), IClassFixture<SqliteServer>;

public sealed class PeopleApiTests_Postgres(PostgresServer server) : PeopleApiTests(server), IClassFixture<PostgresServer>;
