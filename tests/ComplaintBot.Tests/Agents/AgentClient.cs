using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ComplaintBot.Agents;

namespace ComplaintBot.Tests.Agents;

/// <summary>A browser-like console client: a cookie jar, the antiforgery token, and the console's APIs.</summary>
public sealed class AgentClient : IDisposable
{
    private readonly HttpClient _http;
    private string? _token;

    public AgentClient(Uri address)
    {
        Cookies = new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = address };
    }

    public CookieContainer Cookies { get; }

    public HttpClient Http => _http;

    public static async Task<AgentClient> SignInAsync(Uri address, string name, string password)
    {
        var client = new AgentClient(address);
        await client.RefreshTokenAsync();
        using var response = await client.PostAsync("/agent/api/session", new { name, password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await client.RefreshTokenAsync();
        return client;
    }

    /// <summary>Fetches the antiforgery token for whoever this client is now (anonymous before sign-in, the agent after).</summary>
    public async Task RefreshTokenAsync()
    {
        var answer = await _http.GetFromJsonAsync<JsonElement>(new Uri("/agent/api/antiforgery", UriKind.Relative));
        _token = answer.GetProperty("token").GetString();
    }

    public async Task<T> GetAsync<T>(string path)
    {
        using var response = await _http.GetAsync(new Uri(path, UriKind.Relative));
        Assert.True(response.IsSuccessStatusCode, $"GET {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(AgentJson.Options))!;
    }

    public Task<HttpResponseMessage> PostAsync(string path, object? body = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative))
        {
            Content = JsonContent.Create(body ?? new { }),
        };
        if (_token is not null)
        {
            request.Headers.Add("X-CSRF-TOKEN", _token);
        }

        return SendAndDisposeAsync(request);
    }

    public async Task PostOkAsync(string path, object? body = null)
    {
        using var response = await PostAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"POST {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    public void Dispose() => _http.Dispose();

    private async Task<HttpResponseMessage> SendAndDisposeAsync(HttpRequestMessage request)
    {
        using (request)
        {
            return await _http.SendAsync(request);
        }
    }
}
