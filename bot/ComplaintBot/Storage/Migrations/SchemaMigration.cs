using System.Globalization;
using System.Text.RegularExpressions;

namespace ComplaintBot.Storage.Migrations;

/// <summary>
/// One numbered SQL script of a provider, embedded from <c>Storage/Migrations/{Provider}/NNNN_name.sql</c>.
/// Adding a table is adding a file with the next number (one per provider, with the same number).
/// </summary>
public sealed partial record SchemaMigration(int Version, string Name, string Sql)
{
    private const string ResourcePrefix = "migrations/";

    /// <summary>The provider's scripts in version order.</summary>
    /// <exception cref="InvalidOperationException">A script is misnamed or two share a version.</exception>
    public static IReadOnlyList<SchemaMigration> Load(StorageProvider provider)
    {
        var assembly = typeof(SchemaMigration).Assembly;
        var prefix = ResourcePrefix + provider.ToString().ToLowerInvariant() + "/";
        var migrations = new SortedDictionary<int, SchemaMigration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(name => name.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var fileName = resource[prefix.Length..];
            var match = FileNamePattern().Match(fileName);
            if (!match.Success)
            {
                throw new InvalidOperationException($"Migration '{fileName}' ({provider}) must be named NNNN_lower_case_name.sql.");
            }

            var version = int.Parse(match.Groups["version"].Value, CultureInfo.InvariantCulture);
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            var migration = new SchemaMigration(version, match.Groups["name"].Value, reader.ReadToEnd());
            if (!migrations.TryAdd(version, migration))
            {
                throw new InvalidOperationException(
                    $"Migrations '{migrations[version].Name}' and '{migration.Name}' ({provider}) share version {version}; renumber the newer one.");
            }
        }

        return [.. migrations.Values];
    }

    [GeneratedRegex(@"^(?<version>\d{4})_(?<name>[a-z0-9_]+)\.sql$", RegexOptions.CultureInvariant)]
    private static partial Regex FileNamePattern();
}
