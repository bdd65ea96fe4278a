using System.Text.Json;
using System.Text.Json.Serialization;

namespace ComplaintBot.Sentiment.Evaluation;

/// <summary>One line of Data/development-set.jsonl: a customer message, its language, what kind of message it is,
/// whether a person should take over, and whether it is used for tuning ("dev") or held out ("test").</summary>
public sealed record LabelledMessage(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("language")] string Language,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("upset")] bool Upset,
    [property: JsonPropertyName("split")] string Split)
{
    public const string DevelopmentSetFileName = "development-set.jsonl";

    public static IReadOnlyList<LabelledMessage> Load(string path)
    {
        var messages = new List<LabelledMessage>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            messages.Add(JsonSerializer.Deserialize<LabelledMessage>(line)
                ?? throw new InvalidDataException($"{path}:{lineNumber} is not a labelled message."));
        }

        return messages;
    }
}
