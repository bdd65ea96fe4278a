using ComplaintBot.Dialogs.Engine;
using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.State;
using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Dialogs.Tests.Kit;

/// <summary>
/// Talks to one dialog the way the bot does, and restarts the process between every two turns: each turn creates the
/// dialog anew with <c>createDialog</c>, loads the conversation state from <see cref="Storage"/> (JSON), runs the dialog
/// with <see cref="DialogExtensions.RunAsync(Dialog, ITurnContext, IStatePropertyAccessor{DialogState}, object?, CancellationToken)"/>
/// and saves the state again. Turns run in the language of <c>locale</c> (<see cref="CultureFromLocaleMiddleware"/>).
/// </summary>
public sealed class DialogTestClient
{
    private readonly Func<Dialog> _createDialog;
    private readonly object? _initialOptions;

    public DialogTestClient(Func<Dialog> createDialog, object? initialOptions = null, string locale = "en-US", IStorage? storage = null, params IMiddleware[] middleware)
    {
        ArgumentNullException.ThrowIfNull(createDialog);
        _createDialog = createDialog;
        _initialOptions = initialOptions;
        Storage = storage ?? new MemoryStorage();
        Adapter = new TestAdapter(locale);
        Adapter.Use(new CultureFromLocaleMiddleware());
        foreach (var item in middleware)
        {
            Adapter.Use(item);
        }
    }

    public TestAdapter Adapter { get; }

    /// <summary>Where the conversation state lives between turns.</summary>
    public IStorage Storage { get; }

    /// <summary>The result of the last turn's dialog run.</summary>
    public DialogTurnResult? DialogTurnResult { get; private set; }

    /// <summary>Sends the customer's <paramref name="text"/> and returns the bot's replies of that turn.</summary>
    public Task<IReadOnlyList<Activity>> SendActivityAsync(string text, CancellationToken cancellationToken = default)
        => SendActivityAsync(Adapter.MakeMessage(text), cancellationToken);

    /// <summary>Sends any activity (a conversation update, an event) and returns the bot's replies of that turn.</summary>
    public async Task<IReadOnlyList<Activity>> SendActivityAsync(Activity activity, CancellationToken cancellationToken = default)
    {
        await Adapter.ProcessActivityAsync(activity, RunTurnAsync, cancellationToken);
        var replies = new List<Activity>();
        while (Adapter.GetNextReply() is { } reply)
        {
            replies.Add(reply);
        }

        return replies;
    }

    private async Task RunTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var conversationState = new ConversationState(Storage);
        var dialog = _createDialog();
        DialogTurnResult = await dialog.RunAsync(
            turnContext, conversationState.CreateProperty<DialogState>(nameof(DialogState)), _initialOptions, cancellationToken);
        await conversationState.SaveChangesAsync(turnContext, cancellationToken);
    }
}
