using System.Globalization;
using System.Text.Json;
using ComplaintBot.Dialogs.Prompts;
using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.CheckIns;

/// <summary>
/// What one message says to a check-in. A click (a button's <c>messageBack</c> or an Adaptive Card's
/// <c>Action.Submit</c>) carries a value naming the check-in (<see cref="CheckInId"/>) and its parts; a typed message
/// carries only text, read as yes/no and as a 1–5 rating.
/// </summary>
public sealed record CheckInAnswer(string? CheckInId, bool? Solved, int? Rating, string? Comment, bool SkipsComment, string? Text)
{
    public const string CheckInIdField = "checkInId";
    public const string SolvedField = "solved";
    public const string RatingField = "rating";
    public const string CommentField = "comment";
    public const string SkipCommentField = "skipComment";

    /// <summary>True when the message was a click on one of the check-in's own buttons or its card.</summary>
    public bool IsClick => CheckInId is not null;

    /// <summary>True when it answers "is it solved?" or gives a rating.</summary>
    public bool HasAnswerPart => Solved is not null || Rating is not null;

    /// <summary>Reads the message; <paramref name="yesLabel"/> and <paramref name="noLabel"/> are the buttons of the customer's language.</summary>
    public static CheckInAnswer Read(Activity activity, string yesLabel, string noLabel)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (ClickedCheckInId(activity) is { } checkInId && activity.Value is { } value)
        {
            return new CheckInAnswer(
                checkInId,
                ReadSolved(value),
                ReadRating(value),
                value.TryGetProperty(CommentField, out var comment) && comment.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(comment.GetString()) ? comment.GetString()!.Trim() : null,
                value.TryGetProperty(SkipCommentField, out var skip) && skip.ValueKind == JsonValueKind.True,
                activity.Text);
        }

        var text = activity.Text?.Trim();
        return new CheckInAnswer(null, ConfirmRecognizer.Recognize(text, yesLabel, noLabel), RatingRecognizer.Recognize(text), null, false, text);
    }

    /// <summary>The check-in whose button or card sent the message; null for a typed message or any other click.</summary>
    public static string? ClickedCheckInId(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Value is { ValueKind: JsonValueKind.Object } value
            && value.TryGetProperty(CheckInIdField, out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } checkInId
            ? checkInId
            : null;
    }

    /// <summary>The value a button or card sends back for this check-in.</summary>
    public static JsonElement Value(string checkInId, bool? solved = null, int? rating = null, bool skipComment = false)
    {
        var value = new Dictionary<string, object> { [CheckInIdField] = checkInId };
        if (solved is { } s)
        {
            value[SolvedField] = s;
        }

        if (rating is { } r)
        {
            value[RatingField] = r;
        }

        if (skipComment)
        {
            value[SkipCommentField] = true;
        }

        return JsonSerializer.SerializeToElement(value);
    }

    /// <summary>A boolean, or the card's choice value "yes"/"no".</summary>
    private static bool? ReadSolved(JsonElement value) => value.TryGetProperty(SolvedField, out var solved)
        ? solved.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            JsonValueKind.String => solved.GetString() switch
            {
                "yes" or "true" => true,
                "no" or "false" => false,
                _ => null,
            },
            _ => null,
        }
        : null;

    /// <summary>A number, or the card's choice value "1"–"5".</summary>
    private static int? ReadRating(JsonElement value)
    {
        if (!value.TryGetProperty(RatingField, out var rating))
        {
            return null;
        }

        var number = rating.ValueKind switch
        {
            JsonValueKind.Number when rating.TryGetInt32(out var n) => n,
            JsonValueKind.String when int.TryParse(rating.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
            _ => 0,
        };
        return number is >= 1 and <= 5 ? number : null;
    }
}
