using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.Turns;
using Xunit.Sdk;

namespace ComplaintBot.Dialogs.Tests.Kit;

/// <summary>
/// A conversation script: <c>Send("…").AssertReply("…")…StartTestAsync()</c>. Replies are taken in order; every reply
/// must be asserted (or skipped with <see cref="IgnoreReplies"/>) before the customer speaks again and at the end, so a
/// script shows the whole conversation.
/// </summary>
public sealed class TestFlow
{
    private readonly Func<Activity, Task<IReadOnlyList<Activity>>> _send;
    private readonly Func<string, Activity> _makeMessage;
    private readonly List<(string Description, Func<Queue<Activity>, Task> Run)> _steps = [];

    /// <summary>A script against a dialog; the client restarts the process between every two turns.</summary>
    public TestFlow(DialogTestClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _send = activity => client.SendActivityAsync(activity);
        _makeMessage = client.Adapter.MakeMessage;
    }

    /// <summary>A script against a whole bot, created anew for every turn by <paramref name="createBot"/>.</summary>
    public TestFlow(TestAdapter adapter, Func<IBot> createBot)
    {
        ArgumentNullException.ThrowIfNull(adapter);
        ArgumentNullException.ThrowIfNull(createBot);
        _send = async activity =>
        {
            await adapter.ProcessActivityAsync(activity, createBot().OnTurnAsync);
            var replies = new List<Activity>();
            while (adapter.GetNextReply() is { } reply)
            {
                replies.Add(reply);
            }

            return replies;
        };
        _makeMessage = adapter.MakeMessage;
    }

    public TestFlow Send(string text) => Send(_makeMessage(text), $"Send(\"{text}\")");

    public TestFlow Send(Activity activity) => Send(activity, $"Send({activity?.Type} activity)");

    /// <summary>The next reply has exactly this text (and, when given, exactly these buttons).</summary>
    public TestFlow AssertReply(string expectedText, IReadOnlyList<string>? buttons = null) => AssertReply(
        reply =>
        {
            Assert.Equal(expectedText, reply.Text);
            if (buttons is not null)
            {
                Assert.Equal(buttons, reply.Buttons());
            }
        },
        $"AssertReply(\"{expectedText}\")");

    /// <summary>The next reply's text contains <paramref name="fragment"/>.</summary>
    public TestFlow AssertReplyContains(string fragment)
        => AssertReply(reply => Assert.Contains(fragment, reply.Text ?? string.Empty, StringComparison.Ordinal), $"AssertReplyContains(\"{fragment}\")");

    /// <summary>The next reply passes <paramref name="inspect"/>.</summary>
    public TestFlow AssertReply(Action<Activity> inspect, string description = "AssertReply(inspect)")
    {
        ArgumentNullException.ThrowIfNull(inspect);
        _steps.Add((description, replies =>
        {
            Assert.True(replies.Count > 0, "The bot sent no (further) reply.");
            inspect(replies.Dequeue());
            return Task.CompletedTask;
        }));
        return this;
    }

    /// <summary>No reply is left.</summary>
    public TestFlow AssertNoReply()
    {
        _steps.Add(("AssertNoReply()", replies =>
        {
            AssertAllAsserted(replies);
            return Task.CompletedTask;
        }));
        return this;
    }

    /// <summary>Skips the replies not asserted so far.</summary>
    public TestFlow IgnoreReplies()
    {
        _steps.Add(("IgnoreReplies()", replies =>
        {
            replies.Clear();
            return Task.CompletedTask;
        }));
        return this;
    }

    /// <summary>Adds a table-driven script: each customer line and the bot's exact replies.</summary>
    public TestFlow Play(IEnumerable<ScriptTurn> script)
    {
        ArgumentNullException.ThrowIfNull(script);
        foreach (var turn in script)
        {
            Send(turn.User);
            foreach (var reply in turn.Bot)
            {
                AssertReply(reply);
            }
        }

        return this;
    }

    /// <summary>Runs the script; a failing step names its position and what the bot said.</summary>
    public async Task StartTestAsync()
    {
        var replies = new Queue<Activity>();
        for (var index = 0; index < _steps.Count; index++)
        {
            var (description, run) = _steps[index];
            try
            {
                await run(replies);
            }
            catch (XunitException failure)
            {
                throw new XunitException($"Step {index + 1} {description} failed: {failure.Message}");
            }
        }

        AssertAllAsserted(replies);
    }

    private TestFlow Send(Activity activity, string description)
    {
        ArgumentNullException.ThrowIfNull(activity);
        _steps.Add((description, async replies =>
        {
            AssertAllAsserted(replies);
            foreach (var reply in await _send(activity))
            {
                replies.Enqueue(reply);
            }
        }));
        return this;
    }

    private static void AssertAllAsserted(Queue<Activity> replies)
        => Assert.True(replies.Count == 0, $"Replies not asserted: {string.Join(" | ", replies.Select(reply => $"\"{reply.Text}\""))}");
}
