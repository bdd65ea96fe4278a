using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// Finds a complaint reference the customer typed, in a sentence and in any of the five languages
/// ("what's the status of cmp-7k3q9d?", "ＣＭＰ－７Ｋ３Ｑ９Ｄの状況", "CMP 7K3Q9D", "cmp7k3q9d"), and gives it back in its
/// canonical form (<c>CMP-7K3Q9D</c>).
/// </summary>
public sealed class ComplaintReferenceParser
{
    private readonly ComplaintReferenceOptions _options;
    private readonly Regex _inSentence;
    private readonly Regex _bareCode;

    public ComplaintReferenceParser(IOptions<ComplaintReferenceOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = ComplaintOptionsValidation.ThrowIfInvalid(options.Value);
        var code = $"[{ComplaintReferenceGenerator.Alphabet}]{{{_options.Length}}}";
        _inSentence = new Regex(
            $@"(?<![A-Z0-9]){_options.Prefix}[\s\-_.:#]{{0,2}}(?<code>{code})(?![A-Z0-9])",
            RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
        _bareCode = new Regex($"^(?<code>{code})$", RegexOptions.CultureInvariant | RegexOptions.Compiled, TimeSpan.FromSeconds(1));
    }

    /// <summary>
    /// The first reference in <paramref name="text"/>, canonical (<c>CMP-7K3Q9D</c>); null when there is none or
    /// it holds characters no reference has (such as O, 0, I, 1 or L). With <paramref name="acceptBareCode"/>, a message
    /// that is nothing but the code ("7k3q9d", the answer to "which complaint?") counts too — never elsewhere, where an
    /// ordinary six-letter word ("Refund") would pass for one.
    /// </summary>
    public string? Find(string? text, bool acceptBareCode = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var normalized = Normalize(text);
        var match = _inSentence.Match(normalized);
        if (!match.Success && acceptBareCode)
        {
            match = _bareCode.Match(normalized.Trim());
        }

        return match.Success ? $"{_options.Prefix}-{match.Groups["code"].Value}" : null;
    }

    /// <summary>The shared normal form, with the katakana long-vowel mark also read as a hyphen, in capitals.</summary>
    private static string Normalize(string text)
        => ComplaintText.Normalize(text).Replace('\u30FC', '-').Replace('\u30FB', '-').ToUpperInvariant();
}
