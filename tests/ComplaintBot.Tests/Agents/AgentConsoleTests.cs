using ComplaintBot.Dialogs.Sentiment;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ComplaintBot.Agents.Console;
using ComplaintBot.Agents.Queue;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Dialogs.Handoff;

namespace ComplaintBot.Tests.Agents;

public sealed class AgentConsoleTests(AgentConsoleHost console) : IClassFixture<AgentConsoleHost>
{
    public static TheoryData<string, string> EveryConsoleApi() => new()
    {
        { "GET", "/agent/api/queue" },
        { "GET", "/agent/api/events" },
        { "GET", "/agent/api/agents" },
        { "GET", "/agent/api/session" },
        { "GET", "/agent/api/handoffs/any" },
        { "POST", "/agent/api/handoffs/any/accept" },
        { "POST", "/agent/api/handoffs/any/messages" },
        { "POST", "/agent/api/handoffs/any/hand-back" },
        { "POST", "/agent/api/handoffs/any/transfer" },
        { "GET", "/agent/api/complaints" },
        { "GET", "/agent/api/complaints/CMP-ANY" },
        { "POST", "/agent/api/complaints/CMP-ANY/notes" },
        { "POST", "/agent/api/complaints/CMP-ANY/resolve" },
        { "DELETE", "/agent/api/session" },
    };

    [Theory]
    [MemberData(nameof(EveryConsoleApi))]
    public async Task ConsoleApi_Anonymous_IsRefused(string method, string path)
    {
        using var client = console.Host.CreateLoopbackClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(new { text = "x" }) };

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(EveryConsoleApi))]
    public async Task ConsoleApi_WithACustomersBearerToken_IsRefused(string method, string path)
    {
        using var client = console.Host.CreateLoopbackClient();
        using var request = new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(new { text = "x" }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "a-customers-direct-line-token");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ConsolePage_Anonymous_GoesToTheSignInForm()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = console.Host.Address };

        using var page = await client.GetAsync(new Uri("/agent", UriKind.Relative));
        using var script = await client.GetAsync(new Uri("/agent/console.js", UriKind.Relative));
        using var signIn = await client.GetAsync(new Uri("/agent/sign-in", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/agent/sign-in", page.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, script.StatusCode);
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("script-src 'self'", signIn.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WithoutAntiforgeryToken_IsRefusedAndSetsNoSession()
    {
        using var client = new AgentClient(console.Host.Address);

        using var response = await client.PostAsync("/agent/api/session", new { name = "Mina Park", password = AgentConsoleHost.Password });
        using var session = await client.Http.GetAsync(new Uri("/agent/api/session", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, session.StatusCode);
    }

    [Theory]
    [InlineData("Mina Park", "wrong password entirely")]
    [InlineData("Nobody Here", AgentConsoleHost.Password)]
    public async Task SignIn_WrongNameOrPassword_IsRefusedTheSameWay(string name, string password)
    {
        using var client = new AgentClient(console.Host.Address);
        await client.RefreshTokenAsync();

        using var response = await client.PostAsync("/agent/api/session", new { name, password });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains("do not match", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_ThenTheConsole_IsOpenWithAnHttpOnlyStrictCookie()
    {
        using var agent = await console.SignInAsync("mina park");

        var me = await agent.GetAsync<JsonElement>("/agent/api/session");
        using var page = await agent.Http.GetAsync(new Uri("/agent", UriKind.Relative));
        var cookie = agent.Cookies.GetAllCookies().Single(c => c.Name == "complaintbot.agent");

        Assert.Equal("Mina Park", me.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.True(cookie.HttpOnly);
        Assert.Equal("/agent", cookie.Path);
        var policy = page.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", policy, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsolePost_SignedInButWithoutAntiforgeryToken_IsRefused()
    {
        var complaint = await console.FileComplaintAsync();
        using var agent = await console.SignInAsync("Mina Park");
        var id = await HandoffIdAsync(agent, complaint);
        using var bare = new HttpRequestMessage(HttpMethod.Post, new Uri($"/agent/api/handoffs/{id}/accept", UriKind.Relative));

        using var response = await agent.Http.SendAsync(bare);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ComplaintStatus.Escalated, (await console.StoredAsync(complaint.Reference))!.Status);
    }

    [Fact]
    public async Task Queue_UrgentThenVipThenLongestWaiting_AndOtherLanguagesWaitForTheirSpeakers()
    {
        var start = DateTimeOffset.UtcNow.AddMinutes(-30);
        var oldNormal = await console.FileComplaintAsync(language: "en", requestedAt: start);
        var newNormal = await console.FileComplaintAsync(language: "en", requestedAt: start.AddMinutes(5));
        var vip = await console.FileComplaintAsync(language: "ko", vip: true, requestedAt: start.AddMinutes(10));
        var urgent = await console.FileComplaintAsync(language: "en", handoff: EscalationReason.Urgent, requestedAt: start.AddMinutes(20));
        var japanese = await console.FileComplaintAsync(language: "ja", requestedAt: start.AddMinutes(1));
        using var mina = await console.SignInAsync("Mina Park");
        using var kenji = await console.SignInAsync("Kenji Sato");

        var minasQueue = (await mina.GetAsync<List<QueueEntry>>("/agent/api/queue")).Select(e => e.ComplaintReference).ToList();
        var kenjisQueue = (await kenji.GetAsync<List<QueueEntry>>("/agent/api/queue")).Select(e => e.ComplaintReference).ToList();

        string[] expected = [urgent.Reference, vip.Reference, oldNormal.Reference, newNormal.Reference];
        Assert.Equal(expected, minasQueue.Where(expected.Contains));
        Assert.DoesNotContain(japanese.Reference, minasQueue);
        Assert.Contains(japanese.Reference, kenjisQueue);
        Assert.DoesNotContain(vip.Reference, kenjisQueue);
    }

    [Fact]
    public async Task NewHandoff_AppearsInAConnectedConsoleAtOnce()
    {
        using var agent = await console.SignInAsync("Mina Park");
        await using var events = await ConsoleConnection.ConnectAsync(agent.Http);

        var complaint = await console.FileComplaintAsync(vip: true);

        var queued = ConsoleConnection.Data(await events.NextAsync("queue", complaint.Reference));
        Assert.Equal("Waiting", queued.GetProperty("status").GetString());
        Assert.Equal("Angry", queued.GetProperty("reason").GetString());
        Assert.True(queued.GetProperty("isVip").GetBoolean());
    }

    [Fact]
    public async Task OpenHandoff_ShowsThePacketWithSignalsTranscriptAndEarlierComplaints()
    {
        var user = "user-" + Guid.NewGuid().ToString("N");
        var earlier = await console.FileComplaintAsync(handoff: null, userId: user, description: "Late parcel last month.");
        var complaint = await console.FileComplaintAsync(userId: user);
        using var agent = await console.SignInAsync("Mina Park");

        var packet = await agent.GetAsync<JsonElement>($"/agent/api/handoffs/{await HandoffIdAsync(agent, complaint)}");

        Assert.Equal(complaint.Reference, packet.GetProperty("summary").GetProperty("reference").GetString());
        Assert.Equal("Anger", packet.GetProperty("signals")[0].GetProperty("kind").GetString());
        Assert.Equal(complaint.Description, packet.GetProperty("transcript")[0].GetProperty("text").GetString());
        Assert.Equal(earlier.Reference, packet.GetProperty("earlierComplaints").EnumerateArray().Single().GetProperty("reference").GetString());
        Assert.False(packet.TryGetProperty("conversation", out _));
    }

    [Fact]
    public async Task Accept_TellsTheCustomerInTheirLanguageWhoJoined()
    {
        var complaint = await console.FileComplaintAsync(language: "ko");
        using var agent = await console.SignInAsync("Mina Park");

        await agent.PostOkAsync($"/agent/api/handoffs/{await HandoffIdAsync(agent, complaint)}/accept");

        Assert.Equal("저희 팀 Mina Park 상담사가 대화에 참여했습니다. 지금까지 말씀해 주신 내용은 모두 전달되었습니다.", console.SentTo(complaint)[^1]);
        var stored = (await console.StoredAsync(complaint.Reference))!;
        Assert.Equal(ComplaintStatus.InProgress, stored.Status);
        Assert.Equal("Mina Park", stored.History[^1].Actor);
    }

    [Fact]
    public async Task Accept_TwoAgentsAtOnce_OnlyOneGetsIt()
    {
        var complaint = await console.FileComplaintAsync(language: "en");
        using var mina = await console.SignInAsync("Mina Park");
        using var ana = await console.SignInAsync("Ana Novak");
        var id = await HandoffIdAsync(mina, complaint);

        using var first = await mina.PostAsync($"/agent/api/handoffs/{id}/accept");
        using var second = await ana.PostAsync($"/agent/api/handoffs/{id}/accept");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("Mina Park", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WhileWaiting_TheCustomerWritingAgainIsToldOnceThatAPersonIsComing_AndTheBotStaysQuiet()
    {
        var complaint = await console.FileComplaintAsync(language: "sl");

        await console.CustomerSaysAsync(complaint, "Halo? Je kdo tam?");
        await console.CustomerSaysAsync(complaint, "Še vedno čakam.");

        Assert.Equal(["Hvala. Nekdo iz naše ekipe bo kmalu z vami; vse, kar napišete tukaj, mu bo posredovano."], console.SentTo(complaint));
        var transcript = (await console.StoredAsync(complaint.Reference))!.Transcript.Select(t => t.Text).ToList();
        Assert.Contains("Halo? Je kdo tam?", transcript);
        Assert.Contains("Še vedno čakam.", transcript);
    }

    [Fact]
    public async Task Relay_CustomerAndAgentReachEachOtherAsTheyWrite()
    {
        var complaint = await console.FileComplaintAsync(language: "en");
        using var agent = await console.SignInAsync("Mina Park");
        var id = await HandoffIdAsync(agent, complaint);
        await agent.PostOkAsync($"/agent/api/handoffs/{id}/accept");
        await using var events = await ConsoleConnection.ConnectAsync(agent.Http);

        await console.CustomerSaysAsync(complaint, "It still does not turn on.");
        var line = ConsoleConnection.Data(await events.NextAsync("message", "It still does not turn on."));
        await agent.PostOkAsync($"/agent/api/handoffs/{id}/messages", new { text = "I'm sending a replacement today." });

        Assert.Equal("Customer", line.GetProperty("speaker").GetString());
        Assert.Equal(complaint.Reference, line.GetProperty("complaintReference").GetString());
        Assert.Equal("I'm sending a replacement today.", console.SentTo(complaint)[^1]);
        Assert.DoesNotContain(console.SentTo(complaint), text => text.Contains("noted", StringComparison.Ordinal));
        var transcript = (await console.StoredAsync(complaint.Reference))!.Transcript;
        Assert.Contains(transcript, t => t is { Speaker: TranscriptSpeaker.Customer, Text: "It still does not turn on." });
        Assert.Contains(transcript, t => t is { Speaker: TranscriptSpeaker.Agent, AgentName: "Mina Park", Text: "I'm sending a replacement today." });
    }

    [Fact]
    public async Task Send_ByAnAgentWhoDoesNotHoldTheConversation_IsRefused()
    {
        var complaint = await console.FileComplaintAsync(language: "en");
        using var mina = await console.SignInAsync("Mina Park");
        using var ana = await console.SignInAsync("Ana Novak");
        var id = await HandoffIdAsync(mina, complaint);
        await mina.PostOkAsync($"/agent/api/handoffs/{id}/accept");

        using var response = await ana.PostAsync($"/agent/api/handoffs/{id}/messages", new { text = "hello" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.DoesNotContain("hello", console.SentTo(complaint));
    }

    [Fact]
    public async Task HandBack_TheBotAnswersTheCustomerAgain()
    {
        var complaint = await console.FileComplaintAsync(language: "ja");
        using var agent = await console.SignInAsync("Kenji Sato");
        var id = await HandoffIdAsync(agent, complaint);
        await agent.PostOkAsync($"/agent/api/handoffs/{id}/accept");

        await agent.PostOkAsync($"/agent/api/handoffs/{id}/hand-back");
        await console.CustomerSaysAsync(complaint, "ありがとう");

        var sent = console.SentTo(complaint);
        var handedBack = sent.ToList().IndexOf("担当者から会話を引き継ぎました。ほかにお手伝いできることがあればお知らせください。");
        Assert.InRange(handedBack, 0, sent.Count - 2);
        Assert.Equal("どういたしまして。ほかにも何かあれば、いつでもお書きください。", sent[^1]);
        Assert.Empty(await agent.GetAsync<List<QueueEntry>>("/agent/api/queue") is var queue ? queue.Where(e => e.Id == id) : []);
    }

    [Fact]
    public async Task Transfer_TheNewAgentHoldsItAndTheCustomerIsTold()
    {
        var complaint = await console.FileComplaintAsync(language: "en");
        using var mina = await console.SignInAsync("Mina Park");
        using var ana = await console.SignInAsync("Ana Novak");
        var id = await HandoffIdAsync(mina, complaint);
        await mina.PostOkAsync($"/agent/api/handoffs/{id}/accept");

        await mina.PostOkAsync($"/agent/api/handoffs/{id}/transfer", new { agentName = "ana novak" });
        await ana.PostOkAsync($"/agent/api/handoffs/{id}/messages", new { text = "Ana here." });
        using var minaAgain = await mina.PostAsync($"/agent/api/handoffs/{id}/messages", new { text = "Mina here." });

        Assert.Equal("Ana Novak from our team is taking over your conversation now.", console.SentTo(complaint)[^2]);
        Assert.Equal("Ana here.", console.SentTo(complaint)[^1]);
        Assert.Equal(HttpStatusCode.Conflict, minaAgain.StatusCode);
        var history = (await console.StoredAsync(complaint.Reference))!.History;
        Assert.Contains(history, h => h.Actor == "Mina Park" && h.Note == "Transferred the conversation to Ana Novak.");
    }

    [Fact]
    public async Task Note_IsKeptInTheHistoryUnderTheAgentsName_AndNeverReachesTheCustomer()
    {
        var complaint = await console.FileComplaintAsync(language: "en");
        using var agent = await console.SignInAsync("Ana Novak");
        var before = console.SentTo(complaint).Count;

        await agent.PostOkAsync($"/agent/api/complaints/{complaint.Reference}/notes", new { text = "Customer called twice before." });

        Assert.Equal(before, console.SentTo(complaint).Count);
        var last = (await console.StoredAsync(complaint.Reference))!.History[^1];
        Assert.Equal(("Ana Novak", "Customer called twice before."), (last.Actor, last.Note));
    }

    [Fact]
    public async Task Resolve_TheComplaintIsResolvedInTheStore_AndTheCustomerIsToldWhatWasDone()
    {
        var complaint = await console.FileComplaintAsync(language: "zh-Hans");
        using var agent = await console.SignInAsync("Mina Park");
        var id = await HandoffIdAsync(agent, complaint);
        await agent.PostOkAsync($"/agent/api/handoffs/{id}/accept");

        await agent.PostOkAsync($"/agent/api/complaints/{complaint.Reference}/resolve", new { text = "Refunded €49.90." });

        var stored = (await console.StoredAsync(complaint.Reference))!;
        Assert.Equal(ComplaintStatus.Resolved, stored.Status);
        Assert.Equal("Refunded €49.90.", stored.Resolution);
        Assert.NotNull(stored.ResolvedAt);
        Assert.Equal(new StatusChange(stored.ResolvedAt!.Value, ComplaintStatus.Resolved, "Mina Park", "Refunded €49.90."), stored.History[^1]);
        Assert.Equal("您的投诉已处理完毕。我们的处理：Refunded €49.90.", console.SentTo(complaint)[^1]);
        await console.CustomerSaysAsync(complaint, "谢谢");
        Assert.Equal("不客气。如果还有其他问题，随时告诉我。", console.SentTo(complaint)[^1]);
    }

    [Fact]
    public async Task FiledComplaints_CanBeListedFilteredOpenedAndResolved()
    {
        var filed = await console.FileComplaintAsync(language: "en", handoff: null);
        using var agent = await console.SignInAsync("Ana Novak");

        var open = await agent.GetAsync<List<ComplaintSummary>>("/agent/api/complaints?status=Open&category=ProductFault");
        var packet = await agent.GetAsync<JsonElement>($"/agent/api/complaints/{filed.Reference}");
        await agent.PostOkAsync($"/agent/api/complaints/{filed.Reference}/resolve", new { text = "Replacement shipped." });
        var resolved = await agent.GetAsync<List<ComplaintSummary>>("/agent/api/complaints?status=Resolved");
        using var again = await agent.PostAsync($"/agent/api/complaints/{filed.Reference}/resolve", new { text = "Twice." });

        Assert.Contains(open, c => c.Reference == filed.Reference);
        Assert.False(packet.TryGetProperty("handoff", out _));
        Assert.Contains(resolved, c => c.Reference == filed.Reference);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal("Your complaint has been resolved. What we did: Replacement shipped.", console.SentTo(filed)[^1]);
    }

    [Fact]
    public async Task ScriptInComplaintText_IsSentAsJsonText_AndTheConsoleNeverWritesHtml()
    {
        const string attack = "<script>document.title='pwned'</script><img src=x onerror=alert(1)>";
        var complaint = await console.FileComplaintAsync(language: "en", description: attack);
        using var agent = await console.SignInAsync("Mina Park");

        using var response = await agent.Http.GetAsync(new Uri($"/agent/api/complaints/{complaint.Reference}", UriKind.Relative));
        var script = await agent.Http.GetStringAsync(new Uri("/agent/console.js", UriKind.Relative));

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(attack, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("description").GetString());
        Assert.DoesNotContain("innerHTML", script, StringComparison.Ordinal);
        Assert.DoesNotContain("insertAdjacentHTML", script, StringComparison.Ordinal);
        Assert.DoesNotContain("document.write", script, StringComparison.Ordinal);
    }

    private static async Task<string> HandoffIdAsync(AgentClient agent, Complaint complaint)
    {
        var packet = await agent.GetAsync<JsonElement>($"/agent/api/complaints/{complaint.Reference}");
        return packet.GetProperty("handoff").GetProperty("id").GetString()!;
    }
}
