using System.Net;
using ComplaintBot.Agents.Accounts;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Tests.Agents;

/// <summary>The password sign-in's limits over real HTTP: per name after wrong passwords, per client address after any attempts.</summary>
public sealed class SignInLimitTests
{
    [Fact]
    public async Task WrongPasswords_PastTheLimitForOneName_Are429WithRetryAfter_EvenWithTheRightPassword_OtherNamesUnaffected()
    {
        var host = new AgentConsoleHost();
        await host.InitializeAsync();
        try
        {
            using var guesser = new AgentClient(host.Host.Address);
            await guesser.RefreshTokenAsync();
            var limit = new SignInLimitOptions().FailuresPerName;

            var answers = new List<HttpStatusCode>();
            for (var attempt = 0; attempt < limit; attempt++)
            {
                using var wrong = await guesser.PostAsync("/agent/api/session", new { name = "mina park", password = "guess-number-" + attempt });
                answers.Add(wrong.StatusCode);
            }

            using var locked = await guesser.PostAsync("/agent/api/session", new { name = "Mina Park", password = AgentConsoleHost.Password });
            using var other = await guesser.PostAsync("/agent/api/session", new { name = "Ana Novak", password = AgentConsoleHost.Password });

            Assert.All(answers, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
            Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
            Assert.InRange(locked.Headers.RetryAfter!.Delta!.Value, TimeSpan.FromSeconds(1), new SignInLimitOptions().Window);
            Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task UnknownNames_CountLikeKnownOnes_AndAnswerLikeAWrongPassword()
    {
        var host = new AgentConsoleHost();
        await host.InitializeAsync();
        try
        {
            using var guesser = new AgentClient(host.Host.Address);
            await guesser.RefreshTokenAsync();
            using var unknown = await guesser.PostAsync("/agent/api/session", new { name = "nobody here", password = "whatever-password" });
            using var wrong = await guesser.PostAsync("/agent/api/session", new { name = "Mina Park", password = "whatever-password" });
            for (var attempt = 1; attempt < new SignInLimitOptions().FailuresPerName; attempt++)
            {
                using var again = await guesser.PostAsync("/agent/api/session", new { name = "nobody here", password = "whatever-password" });
            }

            using var locked = await guesser.PostAsync("/agent/api/session", new { name = "Nobody Here", password = "whatever-password" });

            Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
            Assert.Equal(await wrong.Content.ReadAsStringAsync(), await unknown.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task Attempts_PastTheLimitForOneAddress_Are429WithRetryAfter_WhateverTheName()
    {
        var host = new AgentConsoleHost(new Dictionary<string, string?> { ["Agents:SignInLimits:AttemptsPerAddress"] = "3" });
        await host.InitializeAsync();
        try
        {
            using var client = new AgentClient(host.Host.Address);
            await client.RefreshTokenAsync();
            var answers = new List<HttpStatusCode>();
            foreach (var name in new[] { "a", "b", "c", "Mina Park" })
            {
                using var response = await client.PostAsync("/agent/api/session", new { name, password = name == "Mina Park" ? AgentConsoleHost.Password : "not-it-at-all" });
                answers.Add(response.StatusCode);
                if (response.StatusCode == HttpStatusCode.TooManyRequests)
                {
                    Assert.NotNull(response.Headers.RetryAfter?.Delta);
                }
            }

            Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], answers);
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task LocalAccountsOff_ThePasswordSignInIsGone_AndTheSignInPageIsToldSo()
    {
        var host = new AgentConsoleHost(new Dictionary<string, string?>
        {
            ["Agents:LocalAccounts"] = "false",
            ["Agents:EntraId:TenantId"] = Guid.NewGuid().ToString(),
            ["Agents:EntraId:ClientId"] = Guid.NewGuid().ToString(),
        });
        await host.InitializeAsync();
        try
        {
            using var client = new AgentClient(host.Host.Address);
            await client.RefreshTokenAsync();

            using var signIn = await client.PostAsync("/agent/api/session", new { name = "Mina Park", password = AgentConsoleHost.Password });
            var options = await client.GetAsync<System.Text.Json.JsonElement>("/agent/api/sign-in-options");

            Assert.Equal(HttpStatusCode.MethodNotAllowed, signIn.StatusCode);
            Assert.False(options.GetProperty("localAccounts").GetBoolean());
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public void Validator_NoLocalAccountsAndNoEntraId_RefusesToStart()
    {
        var result = new AgentSignInOptionsValidator().Validate(Options.DefaultName, new AgentSignInOptions { LocalAccounts = false });

        Assert.True(result.Failed);
        Assert.Contains("Agents:LocalAccounts", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validator_EntraIdWithoutTenant_NamesTheSetting()
    {
        var result = new AgentSignInOptionsValidator().Validate(Options.DefaultName, new AgentSignInOptions { EntraId = { ClientId = Guid.NewGuid().ToString() } });

        Assert.True(result.Failed);
        Assert.Contains("Agents:EntraId:TenantId", result.FailureMessage, StringComparison.Ordinal);
    }
}
