using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace ComplaintBot.DirectLine;

/// <summary>The HMAC key that signs Direct Line tokens: configured, or generated once and kept in the data folder.</summary>
public static class DirectLineSigningKey
{
    public const string FileName = "directline-token-signing.key";
    private const int KeyBytes = 32;

    /// <exception cref="InvalidOperationException">The configured key is not base64 of at least 32 bytes.</exception>
    public static SymmetricSecurityKey Load(string? configuredKey, string dataDirectory)
    {
        if (!string.IsNullOrWhiteSpace(configuredKey))
        {
            return new SymmetricSecurityKey(Decode(configuredKey, "DirectLine:TokenSigningKey"));
        }

        var path = Path.Combine(dataDirectory, FileName);
        if (File.Exists(path))
        {
            return new SymmetricSecurityKey(Decode(File.ReadAllText(path).Trim(), path));
        }

        Directory.CreateDirectory(dataDirectory);
        var key = RandomNumberGenerator.GetBytes(KeyBytes);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var writer = new StreamWriter(path, options);
            writer.Write(Convert.ToBase64String(key));
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another process created it first: use that one, so both sign alike.
            return new SymmetricSecurityKey(Decode(File.ReadAllText(path).Trim(), path));
        }

        return new SymmetricSecurityKey(key);
    }

    /// <summary>Whether a configured key is usable: unset, or base64 of at least 32 bytes.</summary>
    public static bool IsValidConfiguredKey(string? configuredKey)
    {
        if (string.IsNullOrWhiteSpace(configuredKey))
        {
            return true;
        }

        var buffer = new byte[configuredKey.Length];
        return Convert.TryFromBase64String(configuredKey, buffer, out var length) && length >= KeyBytes;
    }

    private static byte[] Decode(string base64, string source)
    {
        var buffer = new byte[base64.Length];
        if (!Convert.TryFromBase64String(base64, buffer, out var length) || length < KeyBytes)
        {
            throw new InvalidOperationException($"The Direct Line token signing key from {source} must be base64 of at least {KeyBytes} bytes.");
        }

        return buffer[..length];
    }
}
