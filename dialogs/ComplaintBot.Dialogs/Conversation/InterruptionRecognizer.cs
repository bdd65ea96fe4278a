using ComplaintBot.Dialogs.Prompts;

namespace ComplaintBot.Dialogs.Conversation;

/// <summary>
/// Recognises "help", "cancel", "start over" and "status" in every supported language. Only short messages that are
/// the command itself count: "the cancel button did not work" is part of a story, not a command.
/// </summary>
public static class InterruptionRecognizer
{
    private const int MaxCommandLength = 40;

    private static readonly Dictionary<string, Interruption> Commands = new(StringComparer.Ordinal)
    {
        // English
        ["help"] = Interruption.Help, ["help me"] = Interruption.Help, ["what can you do"] = Interruption.Help, ["menu"] = Interruption.Help,
        ["cancel"] = Interruption.Cancel, ["stop"] = Interruption.Cancel, ["quit"] = Interruption.Cancel, ["never mind"] = Interruption.Cancel, ["nevermind"] = Interruption.Cancel,
        ["start over"] = Interruption.StartOver, ["restart"] = Interruption.StartOver, ["start again"] = Interruption.StartOver, ["reset"] = Interruption.StartOver,
        ["status"] = Interruption.Status, ["check status"] = Interruption.Status, ["complaint status"] = Interruption.Status,
        ["what's the status of my complaint"] = Interruption.Status, ["what is the status of my complaint"] = Interruption.Status,
        ["status of my complaint"] = Interruption.Status, ["any update"] = Interruption.Status, ["any updates"] = Interruption.Status,
        ["any update on my complaint"] = Interruption.Status, ["how is my complaint going"] = Interruption.Status,

        // Korean
        ["도움말"] = Interruption.Help, ["도움"] = Interruption.Help, ["도와주세요"] = Interruption.Help,
        ["취소"] = Interruption.Cancel, ["취소할게요"] = Interruption.Cancel, ["그만"] = Interruption.Cancel, ["그만할게요"] = Interruption.Cancel,
        ["처음부터"] = Interruption.StartOver, ["다시 시작"] = Interruption.StartOver, ["처음부터 다시"] = Interruption.StartOver,
        ["상태"] = Interruption.Status, ["진행 상황"] = Interruption.Status, ["처리 상태"] = Interruption.Status,
        ["처리 현황"] = Interruption.Status, ["진행 상황 알려 주세요"] = Interruption.Status, ["진행 상황 알려주세요"] = Interruption.Status,
        ["진행 상황이 어떻게 되나요"] = Interruption.Status, ["어떻게 진행되고 있나요"] = Interruption.Status,

        // Japanese
        ["ヘルプ"] = Interruption.Help, ["助けて"] = Interruption.Help, ["使い方"] = Interruption.Help,
        ["キャンセル"] = Interruption.Cancel, ["やめる"] = Interruption.Cancel, ["中止"] = Interruption.Cancel, ["やめます"] = Interruption.Cancel,
        ["最初から"] = Interruption.StartOver, ["やり直し"] = Interruption.StartOver, ["最初からやり直し"] = Interruption.StartOver,
        ["状況"] = Interruption.Status, ["進捗"] = Interruption.Status, ["ステータス"] = Interruption.Status,
        ["進捗状況"] = Interruption.Status, ["対応状況"] = Interruption.Status, ["進捗を教えてください"] = Interruption.Status,
        ["状況を教えてください"] = Interruption.Status, ["どうなっていますか"] = Interruption.Status,

        // Chinese (Simplified)
        ["帮助"] = Interruption.Help, ["帮忙"] = Interruption.Help,
        ["取消"] = Interruption.Cancel, ["算了"] = Interruption.Cancel, ["停止"] = Interruption.Cancel,
        ["重新开始"] = Interruption.StartOver, ["从头开始"] = Interruption.StartOver, ["重来"] = Interruption.StartOver,
        ["状态"] = Interruption.Status, ["进度"] = Interruption.Status, ["查询状态"] = Interruption.Status,
        ["查询进度"] = Interruption.Status, ["投诉进度"] = Interruption.Status, ["我的投诉进度"] = Interruption.Status,
        ["处理进度"] = Interruption.Status, ["进展如何"] = Interruption.Status, ["我的投诉怎么样了"] = Interruption.Status,

        // Slovenian
        ["pomoč"] = Interruption.Help, ["pomagaj"] = Interruption.Help, ["navodila"] = Interruption.Help,
        ["prekliči"] = Interruption.Cancel, ["preklic"] = Interruption.Cancel, ["nehaj"] = Interruption.Cancel, ["ustavi"] = Interruption.Cancel,
        ["začni znova"] = Interruption.StartOver, ["od začetka"] = Interruption.StartOver, ["ponovno"] = Interruption.StartOver,
        ["stanje"] = Interruption.Status, ["status pritožbe"] = Interruption.Status, ["stanje moje pritožbe"] = Interruption.Status,
        ["kakšno je stanje moje pritožbe"] = Interruption.Status, ["kaj je z mojo pritožbo"] = Interruption.Status,
        ["kako je z mojo pritožbo"] = Interruption.Status,
    };

    private static readonly HashSet<string> Thanks = new(StringComparer.Ordinal)
    {
        "thanks", "thank you", "thx", "ok thanks", "great thanks",
        "감사합니다", "고마워요", "고맙습니다",
        "ありがとう", "ありがとうございます", "ありがとうございました",
        "谢谢", "谢谢你", "多谢",
        "hvala", "najlepša hvala", "hvala lepa",
    };

    public static Interruption Recognize(string? text)
    {
        var normalized = InputText.Normalize(text);
        return normalized.Length is > 0 and <= MaxCommandLength && Commands.TryGetValue(normalized, out var command)
            ? command
            : Interruption.None;
    }

    /// <summary>A bare "thank you" (after a complaint was filed, say) — not the start of a new story.</summary>
    public static bool IsThanks(string? text) => Thanks.Contains(InputText.Normalize(text));
}
