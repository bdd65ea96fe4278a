using ComplaintBot.Dialogs.Prompts;
using ComplaintBot.Dialogs.Tests.Kit;
using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.Dialogs.Tests.Prompts;

public class PromptRetryTests
{
    [Fact]
    public async Task Prompt_WrongAnswers_RetriesUntilMaxAttemptsThenEndsNotRecognized()
    {
        var client = new DialogTestClient(() => new PromptTestDialog(
            new NumberPrompt<int>("prompt"), PromptOptions.FromText("How many?", "A number, please.") with { MaxAttempts = 3 }));

        Assert.Equal(["How many?"], (await client.SendActivityAsync("hi")).Texts());
        Assert.Equal(["A number, please."], (await client.SendActivityAsync("lots")).Texts());
        Assert.Equal(["A number, please."], (await client.SendActivityAsync("many")).Texts());
        Assert.Equal(["not recognized after 3"], (await client.SendActivityAsync("very many")).Texts());
    }

    [Fact]
    public async Task Prompt_NoRetryPrompt_AsksThePromptAgain()
    {
        var client = new DialogTestClient(() => new PromptTestDialog(new NumberPrompt<int>("prompt"), PromptOptions.FromText("How many?")));
        await client.SendActivityAsync("hi");

        Assert.Equal(["How many?"], (await client.SendActivityAsync("lots")).Texts());
    }

    [Fact]
    public async Task Prompt_OneAttempt_GivesUpAtTheFirstWrongAnswer()
    {
        var client = new DialogTestClient(() => new PromptTestDialog(
            new ConfirmPrompt("prompt"), PromptOptions.FromText("Sure?") with { MaxAttempts = 1 }));
        await client.SendActivityAsync("hi");

        Assert.Equal(["not recognized after 1"], (await client.SendActivityAsync("hmm")).Texts());
    }

    [Fact]
    public async Task Prompt_ZeroMaxAttempts_IsRefused()
    {
        var client = new DialogTestClient(() => new PromptTestDialog(
            new TextPrompt("prompt"), PromptOptions.FromText("Tell me") with { MaxAttempts = 0 }));

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => client.SendActivityAsync("hi"));
    }

    [Fact]
    public async Task Prompt_ValidatorSendsItsOwnMessage_NoRetryPromptIsSent()
    {
        var client = new DialogTestClient(() => new PromptTestDialog(
            new NumberPrompt<int>("prompt", async (promptContext, ct) =>
            {
                if (promptContext.Recognized.Value > 10)
                {
                    await promptContext.Context.SendActivityAsync("At most 10.", ct);
                    return false;
                }

                return promptContext.Recognized.Succeeded;
            }),
            PromptOptions.FromText("How many?", "A number, please.")));
        await client.SendActivityAsync("hi");

        Assert.Equal(["At most 10."], (await client.SendActivityAsync("12")).Texts());
        Assert.Equal(["A number, please."], (await client.SendActivityAsync("lots")).Texts());
        Assert.Equal(["7"], (await client.SendActivityAsync("7")).Texts());
    }

    [Fact]
    public async Task Prompt_NonMessageActivity_IsNotAnAttempt()
    {
        var client = new DialogTestClient(() => new PromptTestDialog(
            new NumberPrompt<int>("prompt"), PromptOptions.FromText("How many?") with { MaxAttempts = 1 }));
        await client.SendActivityAsync("hi");

        Assert.Empty(await client.SendActivityAsync(new Activity { Type = ActivityTypes.Typing }));
        Assert.Equal(["3"], (await client.SendActivityAsync("3")).Texts());
    }

    [Fact]
    public async Task Prompt_BegunWithoutPromptOptions_ThrowsAClearError()
    {
        var client = new DialogTestClient(() => new TextPrompt("prompt"));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.SendActivityAsync("hi"));

        Assert.Contains("PromptOptions", error.Message, StringComparison.Ordinal);
    }
}
