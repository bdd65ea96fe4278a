using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Dialogs.Complaints;

/// <summary>
/// Makes short, human-friendly complaint references (<c>CMP-7K3Q9D</c>) from a cryptographically random source, using
/// only characters nobody confuses when reading them aloud or typing them back (no O/0, I/1/L).
/// </summary>
public sealed class ComplaintReferenceGenerator
{
    /// <summary>The characters a reference is made of after the prefix.</summary>
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private readonly ComplaintReferenceOptions _options;

    public ComplaintReferenceGenerator(IOptions<ComplaintReferenceOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = ComplaintOptionsValidation.ThrowIfInvalid(options.Value);
    }

    /// <summary>A fresh random reference; not checked against the store.</summary>
    public string Next()
    {
        var code = RandomNumberGenerator.GetString(Alphabet, _options.Length);
        return $"{_options.Prefix}-{code}";
    }

    /// <summary>
    /// A fresh reference for which <paramref name="exists"/> answers false, trying up to
    /// <see cref="ComplaintReferenceOptions.MaxAttempts"/> candidates.
    /// </summary>
    /// <exception cref="InvalidOperationException">Every candidate was taken (the reference space is nearly full).</exception>
    public async Task<string> NextUnusedAsync(Func<string, CancellationToken, Task<bool>> exists, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exists);
        for (var attempt = 0; attempt < _options.MaxAttempts; attempt++)
        {
            var candidate = Next();
            if (!await exists(candidate, cancellationToken))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException(
            $"No unused complaint reference found in {_options.MaxAttempts} attempts; consider a longer reference.");
    }

    /// <summary>
    /// Files a complaint under a fresh reference: <paramref name="create"/> builds the complaint for a candidate
    /// reference and the store adds it. When the store reports the reference taken (a race with another filing), a new
    /// reference is tried; any other failure is passed on unchanged. Returns the complaint as stored.
    /// </summary>
    /// <exception cref="InvalidOperationException">Every candidate was taken.</exception>
    public async Task<Complaint> AddWithUnusedReferenceAsync(
        IComplaintStore store, Func<string, Complaint> create, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(create);
        for (var attempt = 0; attempt < _options.MaxAttempts; attempt++)
        {
            var candidate = Next();
            if (await store.FindAsync(candidate, cancellationToken) is not null)
            {
                continue;
            }

            try
            {
                return await store.AddAsync(create(candidate), cancellationToken);
            }
            catch (InvalidOperationException)
            {
                if (await store.FindAsync(candidate, cancellationToken) is null)
                {
                    throw;
                }

                // Another filing took the same reference between the check and the write; draw again.
            }
        }

        throw new InvalidOperationException(
            $"No unused complaint reference found in {_options.MaxAttempts} attempts; consider a longer reference.");
    }
}
