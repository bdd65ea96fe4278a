using System.Text.Json;
using ComplaintBot.Protocol.Schema;

namespace ComplaintBot.Dialogs.Engine;

/// <summary>
/// One dialog on the stack: its id and its own state. The state is a typed value of the dialog's choosing, kept as
/// JSON so the stack survives a restart and is read back as that same type (<see cref="GetState{T}"/>).
/// </summary>
public sealed record DialogInstance
{
    public required string Id { get; init; }

    /// <summary>The dialog's state as JSON; null until the dialog stores some.</summary>
    public JsonElement? State { get; set; }

    /// <summary>The dialog's state read back as <typeparamref name="T"/>.</summary>
    /// <exception cref="InvalidOperationException">The dialog has stored no state yet.</exception>
    public T GetState<T>()
        where T : class
        => State?.Deserialize<T>(ProtocolJson.Options)
            ?? throw new InvalidOperationException($"The dialog '{Id}' has no stored state.");

    public void SetState<T>(T state)
        where T : class
        => State = JsonSerializer.SerializeToElement(state, ProtocolJson.Options);
}
