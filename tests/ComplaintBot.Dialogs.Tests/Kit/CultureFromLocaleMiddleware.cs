using System.Globalization;
using ComplaintBot.Dialogs.Localization;
using ComplaintBot.Protocol.Turns;

namespace ComplaintBot.Dialogs.Tests.Kit;

/// <summary>Runs each test turn in the language of the activity's locale (English when unsupported), as the bot does.</summary>
public sealed class CultureFromLocaleMiddleware : IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, Func<CancellationToken, Task> nextTurn, CancellationToken cancellationToken)
    {
        var culture = SupportedLanguages.FromLocale(turnContext.Activity.Locale) ?? SupportedLanguages.English;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        await nextTurn(cancellationToken);
    }
}
