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
    /// Files a complaint under a fresh reference: <paramref name="create"/> builds the complaint for a candidate
    /// reference and the store adds it. When the store reports the reference taken (an earlier complaint, or a filing
    /// that raced this one), a new reference is drawn; any other failure is passed on unchanged. The store's own
    /// uniqueness decides, so no read comes before the write. Returns the complaint as stored.
    /// </summary>
    /// <exception cref="InvalidOperationException">Every candidate was taken.</exception>
    public async Task<Complaint> AddWithUnusedReferenceAsync(
        IComplaintStore store, Func<string, Complaint> create, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(create);
        for (var attempt = 0; attempt < _options.MaxAttempts; attempt++)
        {
            try
            {
                return await store.AddAsync(create(Next()), cancellationToken);
            }
            catch (ComplaintReferenceTakenException)
            {
                // Drawn before; draw again.
            }
        }

        throw new InvalidOperationException(
            $"No unused complaint reference found in {_options.MaxAttempts} attempts; consider a longer reference.");
    }
}
