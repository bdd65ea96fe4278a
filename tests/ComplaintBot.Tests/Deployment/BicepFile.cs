using System.Text;
using System.Text.RegularExpressions;

namespace ComplaintBot.Tests.Deployment;

/// <summary>A parameter a Bicep file declares.</summary>
internal sealed record BicepParameter(string Name, bool HasDefault, bool IsSecure);

/// <summary>
/// Just enough reading of a Bicep file for static checks (the Bicep CLI is not on this machine's package
/// sources): declared parameters, module calls and their params, and code with comments and decorators removed.
/// </summary>
internal sealed partial class BicepFile
{
    private BicepFile(string path, string text)
    {
        Path = path;
        Text = text;
        Code = string.Join('\n', text.Split('\n')
            .Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal) && !line.TrimStart().StartsWith('@')));
    }

    public string Path { get; }

    public string Text { get; }

    /// <summary>The text without comment lines and decorator lines (descriptions mention names without using them).</summary>
    public string Code { get; }

    public static BicepFile Load(params string[] parts)
    {
        var path = RepositoryFiles.PathOf(parts);
        return new BicepFile(path, File.ReadAllText(path).ReplaceLineEndings("\n"));
    }

    public IReadOnlyList<BicepParameter> Parameters()
    {
        var lines = Text.Split('\n');
        var parameters = new List<BicepParameter>();
        for (var i = 0; i < lines.Length; i++)
        {
            var match = ParamDeclaration().Match(lines[i]);
            if (!match.Success)
            {
                continue;
            }

            var decorators = lines.Take(i).Reverse().TakeWhile(l => l.TrimStart().StartsWith('@'));
            parameters.Add(new BicepParameter(
                match.Groups["name"].Value,
                match.Groups["default"].Success,
                decorators.Any(d => d.Trim().Equals("@secure()", StringComparison.Ordinal))));
        }

        return parameters;
    }

    /// <summary>How often <paramref name="identifier"/> occurs in the code as a whole word, object keys (<c>name:</c>) aside.</summary>
    public int Occurrences(string identifier) =>
        Regex.Count(Code, $@"(?<![\w.]){Regex.Escape(identifier)}\b(?!:)");

    /// <summary>Each <c>module name 'path' = { … params: { key: … } }</c>: the module file and the keys passed.</summary>
    public IReadOnlyList<(string ModulePath, IReadOnlyList<string> PassedParameters)> ModuleCalls()
    {
        var calls = new List<(string, IReadOnlyList<string>)>();
        foreach (Match match in ModuleDeclaration().Matches(Code))
        {
            var body = BracedBlock(Code, match.Index + match.Length - 1);
            var paramsAt = body.IndexOf("params: {", StringComparison.Ordinal);
            var passed = paramsAt < 0
                ? []
                : TopLevelKeys(BracedBlock(body, paramsAt + "params: ".Length));
            calls.Add((match.Groups["path"].Value, passed));
        }

        return calls;
    }

    /// <summary>The names of app settings: every <c>name: 'X'</c> line followed by a <c>value:</c> line.</summary>
    public IReadOnlyList<string> SettingNames() =>
        [.. SettingName().Matches(Code).Select(m => m.Groups["value"].Value)];

    /// <summary>The text from the brace at <paramref name="openAt"/> to its match, skipping braces inside '…' strings.</summary>
    private static string BracedBlock(string text, int openAt)
    {
        var depth = 0;
        var inString = false;
        for (var i = openAt; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\'' && (i == 0 || text[i - 1] != '\\'))
            {
                inString = !inString;
            }
            else if (!inString && c == '{')
            {
                depth++;
            }
            else if (!inString && c == '}' && --depth == 0)
            {
                return text[openAt..(i + 1)];
            }
        }

        throw new FormatException($"Unbalanced braces from offset {openAt}.");
    }

    private static List<string> TopLevelKeys(string block)
    {
        var keys = new List<string>();
        var depth = 0;
        var depthAtLineStart = 0;
        var line = new StringBuilder();
        foreach (var c in block)
        {
            if (c == '\n')
            {
                if (depthAtLineStart == 1 && KeyLine().Match(line.ToString()) is { Success: true } key)
                {
                    keys.Add(key.Groups["key"].Value);
                }

                line.Clear();
                depthAtLineStart = depth;
                continue;
            }

            line.Append(c);
            depth += c switch { '{' or '[' => 1, '}' or ']' => -1, _ => 0 };
        }

        return keys;
    }

    [GeneratedRegex(@"^\s*param\s+(?<name>\w+)\s+[\w.]+(\s*=\s*(?<default>.+))?\s*$")]
    private static partial Regex ParamDeclaration();

    [GeneratedRegex(@"^\s*module\s+\w+\s+'(?<path>[^']+)'\s*=\s*\{", RegexOptions.Multiline)]
    private static partial Regex ModuleDeclaration();

    [GeneratedRegex(@"^\s*name:\s*'(?<value>[^']+)'\s*\n\s*value:", RegexOptions.Multiline)]
    private static partial Regex SettingName();

    [GeneratedRegex(@"^\s*(?<key>\w+):")]
    private static partial Regex KeyLine();
}
