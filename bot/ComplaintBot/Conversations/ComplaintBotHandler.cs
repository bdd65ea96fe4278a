using System.Globalization;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Dialogs.Conversation;
using ComplaintBot.Dialogs.Engine;
using ComplaintBot.Dialogs.Intake;
using ComplaintBot.Dialogs.Localization;
using ComplaintBot.Dialogs.Resources;
using ComplaintBot.Dialogs.Sentiment;
using ComplaintBot.DirectLine;
using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.State;
using ComplaintBot.Protocol.Turns;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Conversations;

/// <summary>
/// The bot. Each turn it loads the conversation, settles the language, reads the customer's mood and the escalation
/// policy's verdict, greets a newcomer, runs the intake conversation, keeps the transcript, and saves everything.
/// </summary>
public sealed class ComplaintBotHandler : IBot
{
    private readonly ConversationState _conversationState;
    private readonly IStatePropertyAccessor<ConversationProfile> _profile;
    private readonly IStatePropertyAccessor<DialogState> _dialogState;
    private readonly IntakeDialog _intake;
    private readonly ISentimentAnalyzer _sentiment;
    private readonly EscalationPolicy _escalation;
    private readonly CustomerProfilePolicy _customers;
    private readonly ComplaintReferenceParser _references;
    private readonly TimeProvider _time;
    private readonly string _companyName;

    public ComplaintBotHandler(
        ConversationState conversationState,
        IntakeDialog intake,
        ISentimentAnalyzer sentiment,
        EscalationPolicy escalation,
        CustomerProfilePolicy customers,
        ComplaintReferenceParser references,
        IOptions<BrandingOptions> branding,
        TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(conversationState);
        ArgumentNullException.ThrowIfNull(branding);
        _conversationState = conversationState;
        _profile = conversationState.CreateProperty<ConversationProfile>(nameof(ConversationProfile));
        _dialogState = conversationState.CreateProperty<DialogState>(nameof(DialogState));
        _intake = intake;
        _sentiment = sentiment;
        _escalation = escalation;
        _customers = customers;
        _references = references;
        _time = time;
        _companyName = branding.Value.CompanyName;
    }

    public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        var isMessage = activity.IsType(ActivityTypes.Message) && !string.IsNullOrWhiteSpace(activity.Text);
        var customerJoined = activity.IsType(ActivityTypes.ConversationUpdate)
            && activity.MembersAdded?.Any(m => m.Id != activity.Recipient?.Id) == true;
        if (!isMessage && !customerJoined)
        {
            return;
        }

        var profile = await _profile.GetAsync(turnContext, () => new ConversationProfile(), cancellationToken);
        var mood = isMessage ? await ReadMoodAsync(activity, profile, cancellationToken) : null;
        // A short answer ("交換", "ana@example.com") says little about the language; only a sentence may switch it.
        var written = profile.Language is null || StoryText.HasSubstance(activity.Text) ? mood?.Analysis.Language : null;
        var culture = SupportedLanguages.FromLocale(written)
            ?? SupportedLanguages.FromLocale(profile.Language)
            ?? SupportedLanguages.FromLocale(activity.Locale)
            ?? SupportedLanguages.English;
        var turn = new ConversationTurn(profile with { Language = culture.Name }, culture, mood);
        turnContext.TurnState.Set(turn);

        var previousCulture = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        try
        {
            turnContext.OnSendActivities(sent => turn.Record(sent
                .Where(a => a.IsType(ActivityTypes.Message) && !string.IsNullOrEmpty(a.Text))
                .Select(a => new TranscriptEntry(_time.GetUtcNow(), TranscriptSpeaker.Bot, a.Text!))));
            if (!turn.Profile.Greeted)
            {
                await GreetAsync(turnContext, turn, cancellationToken);
            }

            if (isMessage)
            {
                turn.Record([new TranscriptEntry(_time.GetUtcNow(), TranscriptSpeaker.Customer, activity.Text!) { Mood = mood!.Analysis.Label }]);
                await _intake.RunAsync(turnContext, _dialogState, cancellationToken);
            }
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = previousCulture;
        }

        await _profile.SetAsync(turnContext, mood is null ? turn.Profile : turn.Profile.WithMood(mood.Analysis), cancellationToken);
        await _conversationState.SaveChangesAsync(turnContext, cancellationToken: cancellationToken);
    }

    private async Task<TurnMood> ReadMoodAsync(Activity activity, ConversationProfile profile, CancellationToken cancellationToken)
    {
        var analysis = await _sentiment.AnalyzeAsync(WithoutReferences(activity.Text!), profile.Language ?? activity.Locale, cancellationToken);
        var customer = new Customer(activity.ChannelId ?? string.Empty, activity.From?.Id ?? string.Empty);
        var decision = _escalation.Decide(new EscalationContext(analysis, profile.RecentMoods, _customers.IsVip(customer)));
        return new TurnMood(analysis, decision);
    }

    /// <summary>A complaint reference is capitals by design ("CMP-YEFKXC"): it must not read as shouting.</summary>
    private string WithoutReferences(string text)
    {
        while (_references.Find(text) is { } reference)
        {
            var next = text.Replace(reference, " ", StringComparison.OrdinalIgnoreCase)
                .Replace(reference.Replace("-", string.Empty, StringComparison.Ordinal), " ", StringComparison.OrdinalIgnoreCase);
            if (next == text)
            {
                break;
            }

            text = next;
        }

        return text;
    }

    /// <summary>
    /// A short, warm greeting that says what the bot does and that a person is available at any time. A customer who
    /// opens the chat is invited to tell their story; one whose first message is the story is not asked for it again,
    /// and one whose first message hands them to a person is not offered one.
    /// </summary>
    private async Task GreetAsync(ITurnContext turnContext, ConversationTurn turn, CancellationToken cancellationToken)
    {
        var joined = turnContext.Activity.IsType(ActivityTypes.ConversationUpdate);
        var from = joined
            ? turnContext.Activity.MembersAdded!.First(m => m.Id != turnContext.Activity.Recipient?.Id)
            : turnContext.Activity.From;
        var name = ContactDetailsPlanner.NameFromChannel(turnContext.Activity.ChannelId ?? string.Empty, from?.Id ?? string.Empty, from?.Name);
        var hello = name is null
            ? string.Format(CultureInfo.CurrentCulture, BotMessages.Greeting, _companyName)
            : string.Format(CultureInfo.CurrentCulture, BotMessages.GreetingWithName, name, _companyName);
        string[] greeting = joined ? [hello, BotMessages.GreetingInvite, BotMessages.PersonAnyTime]
            : turn.Mood?.Decision is { Escalate: true } ? [hello]
            : [hello, BotMessages.PersonAnyTime];
        await turnContext.SendActivityAsync(Sentences.Join(CultureInfo.CurrentCulture, greeting), cancellationToken);
        turn.Greeted();
    }
}
