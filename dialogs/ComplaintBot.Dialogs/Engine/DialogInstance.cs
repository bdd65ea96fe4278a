using System.Text.Json;
using System.Text.Json.Serialization;
using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.Dialogs.Engine;

/// <summary>
/// One dialog on the stack: its id and its own state. The state is a typed value of the dialog's choosing (an immutable
/// record: a change is a new value given to <see cref="SetState{T}"/>). It is kept as that value during the turn and
/// written as JSON only when the conversation state is saved, so the stack survives a restart; after a load it is read
/// back from JSON once, as the type the dialog asks for (<see cref="GetState{T}"/>).
/// </summary>
public sealed record DialogInstance
{
    public required string Id { get; init; }

    /// <summary>Whether the dialog has stored any state.</summary>
    [JsonIgnore]
    public bool HasState => StoredState is not null;

    /// <summary>The typed value last stored or read, or the JSON element it was loaded as; serialized as its runtime type.</summary>
    [JsonInclude]
    [JsonPropertyName("state")]
    internal object? StoredState { get; private set; }

    /// <summary>The dialog's state read back as <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidOperationException">The dialog has stored no state yet, or state of another type.</exception>
    public T GetState<T>()
        where T : class
    {
        switch (StoredState)
        {
            case T typed:
                return typed;
            case JsonElement json when json.ValueKind != JsonValueKind.Null:
                var read = json.Deserialize<T>(ProtocolJson.Options)!;
                StoredState = read;
                return read;
            case null or JsonElement:
                throw new InvalidOperationException($"The dialog '{Id}' has no stored state.");
            default:
                throw new InvalidOperationException($"The dialog '{Id}' stores a {StoredState.GetType().Name}, not a {typeof(T).Name}.");
        }
    }

    public void SetState<T>(T state)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(state);
        StoredState = state;
    }
}
