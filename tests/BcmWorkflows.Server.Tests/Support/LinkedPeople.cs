using System.Net.Http.Headers;
using BcmWorkflows.Server.Auth;
using BcmWorkflows.Server.Tests.Scenarios;

namespace BcmWorkflows.Server.Tests.Support;

/// <summary>People who sign in: a person linked to an account (<c>Person.UserId</c>) acts as that person.</summary>
internal static class LinkedPeople
{
    /// <summary>The Identity user id of the client's signed-in user (<c>GET /api/auth/me</c>).</summary>
    public static async Task<string> UserIdAsync(this HttpClient client) => (await client.GetOkAsync("/api/auth/me")).Str("id");

    /// <summary>A new person linked to the account signed in on <paramref name="user"/>, created by <paramref name="creator"/>; returns its id.</summary>
    public static async Task<string> LinkedPersonAsync(this HttpClient creator, HttpClient user, string name, string? orgUnit = null, string? email = null) =>
        await creator.CreatePersonAsync(new
        {
            name, email = email ?? $"{Guid.NewGuid():N}@example.org", channels = new[] { "Email" }, orgUnit, userId = await user.UserIdAsync(),
        });

    /// <summary>
    /// A new account of <paramref name="role"/>, signed in (bearer), with a person linked to it whose email is the account's,
    /// created by a coordinator (or <paramref name="creator"/>): the signed-in client and the person id.
    /// </summary>
    public static async Task<(HttpClient Client, string PersonId)> SignedInPersonAsync(this ServerFixture server, string name,
        string role = Roles.Staff, string? orgUnit = null, HttpClient? creator = null)
    {
        var email = await ServerFixture.CreateUserAsync(server.Factory, $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@bcm.test", role);
        var client = server.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Auth.LoginAsync(client, email, ServerFixture.UserPassword));
        var personId = await (creator ?? await server.ClientAsync(Roles.Coordinator)).LinkedPersonAsync(client, name, orgUnit, email);
        return (client, personId);
    }
}
