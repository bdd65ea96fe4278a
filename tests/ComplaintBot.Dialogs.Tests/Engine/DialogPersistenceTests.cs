using System.Text.Json.Nodes;
using ComplaintBot.Dialogs.Engine;
using ComplaintBot.Dialogs.Prompts;
using ComplaintBot.Dialogs.Tests.Kit;
using ComplaintBot.Dialogs.Tests.Prompts;
using ComplaintBot.Protocol.State;

namespace ComplaintBot.Dialogs.Tests.Engine;

/// <summary>
/// The dialog stack lives only as JSON in storage: every turn of <see cref="DialogTestClient"/> creates new dialogs and
/// a new ConversationState, so each of these conversations survives a process restart between every two turns.
/// </summary>
public class DialogPersistenceTests
{
    private const string StateKey = "test/conversations/conversation1";

    [Fact]
    public async Task Conversation_RestartBetweenEveryTurn_KeepsTypedDetailsAcrossLoops()
    {
        var client = new DialogTestClient(() => new NotesDialog());

        Assert.Equal([NotesDialog.AskNote], (await client.SendActivityAsync("hi")).Texts());
        Assert.Equal([NotesDialog.AskNote], (await client.SendActivityAsync("카메라가 고장났어요 📷")).Texts());
        Assert.Equal([NotesDialog.AskNote], (await client.SendActivityAsync("返品したい \"quoted\" \\ text")).Texts());
        Assert.Equal([NotesDialog.AskDate], (await client.SendActivityAsync("done")).Texts());
        Assert.Equal([NotesDialog.AskDate], (await client.SendActivityAsync("next week")).Texts());
        Assert.Equal(["2026-12-01: 카메라가 고장났어요 📷 | 返品したい \"quoted\" \\ text"], (await client.SendActivityAsync("2026-12-01")).Texts());

        var details = Assert.IsType<TripDetails>(client.DialogTurnResult!.Result);
        Assert.Equal(new DateOnly(2026, 12, 1), details.TravelDate);
    }

    [Fact]
    public async Task Storage_HoldsTheStackAsJson_WithEachDialogsTypedState()
    {
        var storage = new MemoryStorage();
        var client = new DialogTestClient(() => new TripDialog(), new TripDetails { Destination = "Tokyo" }, storage: storage);
        await client.SendActivityAsync("hi");

        var document = JsonNode.Parse((await storage.ReadAsync([StateKey]))[StateKey].Json)!;

        var component = document[nameof(DialogState)]!["dialogStack"]![0]!;
        Assert.Equal(nameof(TripDialog), (string?)component["id"]);
        var waterfall = component["state"]!["dialogStack"]![0]!;
        Assert.Equal("WaterfallDialog", (string?)waterfall["id"]);
        Assert.Equal(1, (int?)waterfall["state"]!["stepIndex"]);
        Assert.Equal("Tokyo", (string?)waterfall["state"]!["details"]!["destination"]);
        Assert.Null(waterfall["state"]!["options"]);
    }

    [Fact]
    public async Task Storage_WaterfallSavedWithTheDetailsItWasBegunWith_AsEarlierVersionsDid_Resumes()
    {
        var storage = new MemoryStorage();
        DialogTestClient Client() => new(() => new NotesDialog(), storage: storage);
        await Client().SendActivityAsync("hi");
        var stored = (await storage.ReadAsync([StateKey]))[StateKey];
        var document = JsonNode.Parse(stored.Json)!;
        var waterfall = document[nameof(DialogState)]!["dialogStack"]![0]!["state"]!["dialogStack"]!.AsArray()
            .Single(dialog => dialog!["state"]!["stepIndex"] is not null)!["state"]!;
        waterfall["options"] = waterfall["details"]!.DeepClone();
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [StateKey] = new(document.ToJsonString(), stored.ETag) });

        Assert.Equal([NotesDialog.AskDate], (await Client().SendActivityAsync("done")).Texts());
    }

    [Fact]
    public async Task Prompt_RestartMidRetries_KeepsTheAttemptCountAndTheChoices()
    {
        var storage = new MemoryStorage();
        DialogTestClient Client() => new(
            () => new PromptTestDialog(new ChoicePrompt("prompt"), PromptOptions.FromText("Which?", "Pick one.") with
            {
                Choices = [new Choice("a") { Title = "Alpha" }, new Choice("b") { Title = "Beta" }],
                MaxAttempts = 2,
            }),
            storage: storage);
        await Client().SendActivityAsync("hi");

        var retry = Assert.Single(await Client().SendActivityAsync("gamma"));
        var gaveUp = await Client().SendActivityAsync("delta");

        Assert.Equal(["Alpha", "Beta"], retry.Buttons());
        Assert.Equal(["not recognized after 2"], gaveUp.Texts());
    }

    [Fact]
    public async Task Conversation_DialogEnded_LeavesAnEmptyStack()
    {
        var storage = new MemoryStorage();
        var client = new DialogTestClient(() => new TripDialog(), new TripDetails { Destination = "Tokyo", Origin = "Seoul" }, storage: storage);

        await client.SendActivityAsync("hi");

        var document = JsonNode.Parse((await storage.ReadAsync([StateKey]))[StateKey].Json)!;
        Assert.Empty(document[nameof(DialogState)]!["dialogStack"]!.AsArray());
    }

    [Fact]
    public void DialogInstance_NoStateYet_ThrowsAClearError()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new DialogInstance { Id = "x" }.GetState<DialogState>());

        Assert.Contains("'x'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DialogInstance_AskedForAnotherType_NamesBothTypes()
    {
        var instance = new DialogInstance { Id = "x" };
        instance.SetState(new DialogState());

        var error = Assert.Throws<InvalidOperationException>(() => instance.GetState<TripDetails>());

        Assert.Contains("DialogState, not a TripDetails", error.Message, StringComparison.Ordinal);
    }
}
