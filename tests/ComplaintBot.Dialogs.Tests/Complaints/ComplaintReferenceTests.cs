using ComplaintBot.Dialogs.Complaints;
using Microsoft.Extensions.Options;
using System.ComponentModel.DataAnnotations;

namespace ComplaintBot.Dialogs.Tests.Complaints;

public class ComplaintReferenceTests
{
    private static readonly IOptions<ComplaintReferenceOptions> Defaults = Options.Create(new ComplaintReferenceOptions());

    [Fact]
    public void Next_Default_IsPrefixHyphenAndSixUnambiguousCharacters()
    {
        var generator = new ComplaintReferenceGenerator(Defaults);
        for (var i = 0; i < 500; i++)
        {
            var reference = generator.Next();
            Assert.Matches("^CMP-[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$", reference);
            Assert.DoesNotContain('O', reference[4..]);
        }
    }

    [Fact]
    public void Next_ManyDraws_AreDistinctAndUseTheWholeAlphabet()
    {
        var generator = new ComplaintReferenceGenerator(Defaults);
        var references = Enumerable.Range(0, 2000).Select(_ => generator.Next()).ToList();
        Assert.Equal(references.Count, references.Distinct().Count());
        Assert.Equal(
            ComplaintReferenceGenerator.Alphabet.Order(),
            references.SelectMany(r => r[4..]).Distinct().Order());
    }

    [Fact]
    public void Next_ConfiguredPrefixAndLength_AreUsed()
    {
        var generator = new ComplaintReferenceGenerator(Options.Create(new ComplaintReferenceOptions { Prefix = "RK", Length = 8 }));
        Assert.Matches("^RK-[A-Z2-9]{8}$", generator.Next());
    }

    [Theory]
    [InlineData("cmp", 6)]
    [InlineData("", 6)]
    [InlineData("TOOLONG", 6)]
    [InlineData("CMP", 3)]
    [InlineData("CMP", 13)]
    public void Constructor_InvalidOptions_ThrowsNamingTheProblem(string prefix, int length)
    {
        var error = Assert.Throws<ValidationException>(
            () => new ComplaintReferenceGenerator(Options.Create(new ComplaintReferenceOptions { Prefix = prefix, Length = length })));
        Assert.Contains(nameof(ComplaintReferenceOptions), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddWithUnusedReferenceAsync_ReferenceTaken_DrawsANewOne()
    {
        var store = new InMemoryComplaintStore();
        var taken = false;
        store.BeforeAdd = complaint =>
        {
            if (!taken)
            {
                taken = true;
                store.Seed(TestComplaints.Make(complaint.Reference));
            }
        };
        var generator = new ComplaintReferenceGenerator(Defaults);

        var filed = await generator.AddWithUnusedReferenceAsync(store, reference => TestComplaints.Make(reference), CancellationToken.None);

        Assert.Equal(2, store.AddCalls);
        Assert.Equal(0, store.FindCalls);
        Assert.Equal(1, filed.Version);
        Assert.Same(filed, await store.FindAsync(filed.Reference, CancellationToken.None));
    }

    [Fact]
    public async Task AddWithUnusedReferenceAsync_EveryCandidateTaken_ThrowsAfterMaxAttempts()
    {
        var store = new InMemoryComplaintStore();
        store.BeforeAdd = complaint => store.Seed(TestComplaints.Make(complaint.Reference));
        var generator = new ComplaintReferenceGenerator(Options.Create(new ComplaintReferenceOptions { MaxAttempts = 3 }));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => generator.AddWithUnusedReferenceAsync(store, reference => TestComplaints.Make(reference), CancellationToken.None));

        Assert.IsNotType<ComplaintReferenceTakenException>(error);
        Assert.Equal(3, store.AddCalls);
    }

    [Fact]
    public async Task AddWithUnusedReferenceAsync_OtherStoreFailure_IsPassedOn()
    {
        var store = new InMemoryComplaintStore { BeforeAdd = _ => throw new InvalidOperationException("disk full") };
        var generator = new ComplaintReferenceGenerator(Defaults);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => generator.AddWithUnusedReferenceAsync(store, reference => TestComplaints.Make(reference), CancellationToken.None));
        Assert.Equal("disk full", error.Message);
        Assert.Equal(1, store.AddCalls);
    }

    [Theory]
    [InlineData("what's the status of cmp-7k3q9d?", "CMP-7K3Q9D")]
    [InlineData("CMP-7K3Q9D", "CMP-7K3Q9D")]
    [InlineData("status CMP 7K3Q9D please", "CMP-7K3Q9D")]
    [InlineData("cmp7k3q9d", "CMP-7K3Q9D")]
    [InlineData("ref: CMP–7K3Q9D.", "CMP-7K3Q9D")]
    [InlineData("CMP-7K3Q9D 처리 상황이 어떻게 되나요?", "CMP-7K3Q9D")]
    [InlineData("ＣＭＰ－７Ｋ３Ｑ９Ｄの状況を教えてください", "CMP-7K3Q9D")]
    [InlineData("ｃｍｐ７ｋ３ｑ９ｄ", "CMP-7K3Q9D")]
    [InlineData("CMPー7K3Q9Dはどうなりましたか", "CMP-7K3Q9D")]
    [InlineData("我的投诉CMP-7K3Q9D进展如何？", "CMP-7K3Q9D")]
    [InlineData("Kakšno je stanje pritožbe cmp-7k3q9d?", "CMP-7K3Q9D")]
    [InlineData("🙏 CMP-7K3Q9D 🙏", "CMP-7K3Q9D")]
    public void Find_ReferenceInText_GivesCanonicalReference(string text, string expected)
        => Assert.Equal(expected, new ComplaintReferenceParser(Defaults).Find(text));

    [Fact]
    public void Find_BareCodeAsAnAnswer_GivesCanonicalReferenceOnlyWhenAsked()
    {
        var parser = new ComplaintReferenceParser(Defaults);

        Assert.Equal("CMP-7K3Q9D", parser.Find("  7k3q9d ", acceptBareCode: true));
        Assert.Null(parser.Find("  7k3q9d "));
        Assert.Null(parser.Find("Refund"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("what's the status of my complaint?")]
    [InlineData("CMP-7K3Q9")]
    [InlineData("CMP-7K3Q9DX")]
    [InlineData("XCMP-7K3Q9D")]
    [InlineData("CMP-7K3O9D")]
    [InlineData("CMP-7K1Q9D")]
    [InlineData("my order is 7k3q9d and it is late")]
    public void Find_NoValidReference_GivesNull(string? text)
        => Assert.Null(new ComplaintReferenceParser(Defaults).Find(text));

    [Fact]
    public void Find_GeneratedReference_RoundTrips()
    {
        var generator = new ComplaintReferenceGenerator(Defaults);
        var parser = new ComplaintReferenceParser(Defaults);
        for (var i = 0; i < 200; i++)
        {
            var reference = generator.Next();
            Assert.Equal(reference, parser.Find($"status of {reference.ToLowerInvariant()} please"));
        }
    }
}
