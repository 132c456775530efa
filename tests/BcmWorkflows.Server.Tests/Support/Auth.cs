using System.Net;
using System.Net.Http.Json;

namespace BcmWorkflows.Server.Tests.Support;

public static class Auth
{
    /// <summary>Signs in through <c>POST /api/auth/login</c> and returns the bearer access token.</summary>
    public static async Task<string> LoginAsync(HttpClient client, string email, string password)
    {
        using var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Api.JsonAsync(response);
        return body["accessToken"]!.GetValue<string>();
    }
}
