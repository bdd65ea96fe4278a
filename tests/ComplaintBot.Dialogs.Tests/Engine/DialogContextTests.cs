using ComplaintBot.Dialogs.Engine;
using ComplaintBot.Dialogs.Tests.Kit;
using ComplaintBot.Protocol.State;
using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Dialogs.Tests.Engine;

public class DialogContextTests
{
    private readonly TestAdapter _adapter = new();
    private readonly ConversationState _conversationState = new(new MemoryStorage());

    [Fact]
    public async Task BeginDialog_UnknownId_ThrowsAClearError()
    {
        await InTurnAsync(async dc =>
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => dc.BeginDialogAsync("missing"));
            Assert.Contains("'missing'", error.Message, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task ContinueDialog_EmptyStack_IsEmpty()
    {
        await InTurnAsync(async dc => Assert.Equal(DialogTurnStatus.Empty, (await dc.ContinueDialogAsync()).Status));
    }

    [Fact]
    public async Task ContinueDialog_StoredStackNamesAnUnregisteredDialog_ThrowsAClearError()
    {
        await InTurnAsync(async dc => await dc.BeginDialogAsync(nameof(TripDialog)));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => InTurnAsync(dc => dc.ContinueDialogAsync(), new DialogSet(_conversationState.CreateProperty<DialogState>(nameof(DialogState)))));

        Assert.Contains(nameof(TripDialog), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CancelAllDialogs_EndsEveryDialogWithCancelReason()
    {
        var ended = new List<(string, DialogReason)>();
        await InTurnAsync(async dc =>
        {
            await dc.BeginDialogAsync("outer");
            await dc.BeginDialogAsync("inner");

            var result = await dc.CancelAllDialogsAsync();

            Assert.Equal(DialogTurnStatus.Cancelled, result.Status);
            Assert.Empty(dc.Stack);
        }, Set(new RecordingDialog("outer", ended), new RecordingDialog("inner", ended)));

        Assert.Equal([("inner", DialogReason.CancelCalled), ("outer", DialogReason.CancelCalled)], ended);
    }

    [Fact]
    public async Task ReplaceDialog_EndsTheActiveOneAndBeginsTheOtherInItsPlace()
    {
        var ended = new List<(string, DialogReason)>();
        await InTurnAsync(async dc =>
        {
            await dc.BeginDialogAsync("outer");
            await dc.BeginDialogAsync("inner");

            await dc.ReplaceDialogAsync("other");

            Assert.Equal(["other", "outer"], dc.Stack.Select(instance => instance.Id));
        }, Set(new RecordingDialog("outer", ended), new RecordingDialog("inner", ended), new RecordingDialog("other", ended)));

        Assert.Equal([("inner", DialogReason.ReplaceCalled)], ended);
    }

    [Fact]
    public async Task EndDialog_LastOnTheStack_CompletesWithTheResult()
    {
        await InTurnAsync(async dc =>
        {
            await dc.BeginDialogAsync("only");

            var result = await dc.EndDialogAsync(42);

            Assert.Equal(new DialogTurnResult(DialogTurnStatus.Complete, 42), result);
        }, Set(new RecordingDialog("only", [])));
    }

    [Fact]
    public void DialogSet_DuplicateId_Throws()
        => Assert.Throws<ArgumentException>(() => new DialogSet().Add(new TripDialog()).Add(new TripDialog()));

    private DialogSet Set(params Dialog[] dialogs)
    {
        var set = new DialogSet(_conversationState.CreateProperty<DialogState>(nameof(DialogState)));
        foreach (var dialog in dialogs)
        {
            set.Add(dialog);
        }

        return set;
    }

    private async Task InTurnAsync(Func<DialogContext, Task> test, DialogSet? dialogs = null)
    {
        dialogs ??= Set(new TripDialog());
        await _adapter.ProcessActivityAsync(_adapter.MakeMessage("hi"), async (turnContext, ct) =>
        {
            await test(await dialogs.CreateContextAsync(turnContext, ct));
            await _conversationState.SaveChangesAsync(turnContext, ct);
        });
    }

    /// <summary>Waits forever and writes down how it ended.</summary>
    private sealed class RecordingDialog(string id, List<(string, DialogReason)> ended) : Dialog(id)
    {
        public override Task<DialogTurnResult> BeginDialogAsync(DialogContext dc, object? options, CancellationToken cancellationToken = default)
            => Task.FromResult(EndOfTurn);

        public override Task EndDialogAsync(ITurnContext turnContext, DialogInstance instance, DialogReason reason, CancellationToken cancellationToken = default)
        {
            ended.Add((Id, reason));
            return Task.CompletedTask;
        }
    }
}
