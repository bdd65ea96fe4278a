using System.Globalization;
using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Dialogs.Resources;
using Microsoft.Extensions.Options;

namespace ComplaintBot.Dialogs.Tests.Complaints;

public class ClarifyingQuestionPlannerTests
{
    private static readonly ClarifyingQuestionPlanner Planner = new(Options.Create(new ClarifyingQuestionOptions()));

    private static ClarifyingQuestion[] Plan(ComplaintCategory category, ComplaintFacts facts, bool vague = false, Customer? customer = null, ClarifyingQuestion[]? asked = null)
        => [.. Planner.Plan(category, facts, vague, customer, asked).Select(q => q.Question)];

    [Theory]
    [InlineData(ComplaintCategory.ProductFault, new[] { ClarifyingQuestion.Product, ClarifyingQuestion.WhenStarted, ClarifyingQuestion.AlreadyTried })]
    [InlineData(ComplaintCategory.Delivery, new[] { ClarifyingQuestion.OrderNumber, ClarifyingQuestion.PromisedDate })]
    [InlineData(ComplaintCategory.Billing, new[] { ClarifyingQuestion.Amount, ClarifyingQuestion.ChargeDate, ClarifyingQuestion.WhichCharge })]
    [InlineData(ComplaintCategory.ServiceOrStaff, new[] { ClarifyingQuestion.WhenWhere, ClarifyingQuestion.WhatHappened })]
    [InlineData(ComplaintCategory.AccountOrTechnical, new[] { ClarifyingQuestion.Account, ClarifyingQuestion.ErrorMessage })]
    [InlineData(ComplaintCategory.Other, new[] { ClarifyingQuestion.WhatHappened })]
    public void Plan_NothingKnown_AsksTheCategoryQuestionsInOrder(ComplaintCategory category, ClarifyingQuestion[] expected)
        => Assert.Equal(expected, Plan(category, new ComplaintFacts()));

    [Fact]
    public void Plan_DetailsFromTheStory_AreNeverAskedAgain()
    {
        var facts = new ComplaintFacts { Product = "Acme X200", When = "yesterday (2026-11-22)" };
        Assert.Equal([ClarifyingQuestion.AlreadyTried], Plan(ComplaintCategory.ProductFault, facts));
        Assert.Equal([ClarifyingQuestion.WhichCharge], Plan(ComplaintCategory.Billing, new ComplaintFacts { Amount = "€49.90", When = "3 March" }));
        Assert.Empty(Plan(ComplaintCategory.Delivery, new ComplaintFacts { OrderNumber = "12345", PromisedDate = "20 November" }));
        Assert.Equal([ClarifyingQuestion.ErrorMessage], Plan(ComplaintCategory.AccountOrTechnical, new ComplaintFacts(), customer: new Customer("webchat", "u") { AccountId = "ana.n" }));
    }

    [Fact]
    public void Plan_VagueStory_StartsWithAnExampleAndKeepsToTheLimit()
    {
        Assert.Equal(
            [ClarifyingQuestion.Example, ClarifyingQuestion.Product, ClarifyingQuestion.WhenStarted],
            Plan(ComplaintCategory.ProductFault, new ComplaintFacts(), vague: true));
        Assert.Equal(
            [ClarifyingQuestion.Example, ClarifyingQuestion.WhatHappened],
            Plan(ComplaintCategory.Other, new ComplaintFacts(), vague: true));
        Assert.Equal(
            [ClarifyingQuestion.Product, ClarifyingQuestion.WhenStarted, ClarifyingQuestion.AlreadyTried],
            Plan(ComplaintCategory.ProductFault, new ComplaintFacts { Example = "it smelled of smoke" }, vague: true));
    }

    [Fact]
    public void Plan_AfterEachAnswer_NeverRepeatsAndStopsAtTheLimit()
    {
        var facts = new ComplaintFacts();
        var asked = new List<ClarifyingQuestion>();
        while (Planner.Plan(ComplaintCategory.ProductFault, facts, isVague: true, alreadyAsked: asked) is [var next, ..])
        {
            Assert.DoesNotContain(next.Question, asked);
            asked.Add(next.Question);
            if (next.Question != ClarifyingQuestion.Product)
            {
                facts = ComplaintSlots.Fill(next.Fills, facts, "I don't know");
            }
        }

        Assert.Equal([ClarifyingQuestion.Example, ClarifyingQuestion.Product, ClarifyingQuestion.WhenStarted], asked);
    }

    [Fact]
    public void Plan_ConfiguredLimit_IsUsed()
    {
        var planner = new ClarifyingQuestionPlanner(Options.Create(new ClarifyingQuestionOptions { MaxQuestions = 1 }));
        Assert.Equal([ClarifyingQuestion.Amount], planner.Plan(ComplaintCategory.Billing, new ComplaintFacts(), isVague: false).Select(q => q.Question));
    }

    public static TheoryData<ClarifyingQuestion> EveryQuestion() => new(Enum.GetValues<ClarifyingQuestion>());

    [Theory]
    [MemberData(nameof(EveryQuestion))]
    public void Describe_EveryQuestion_HasItsTextInEveryLanguageAndASlotThatIsKnownOnceFilled(ClarifyingQuestion question)
    {
        var planned = ClarifyingQuestionPlanner.Describe(question);
        foreach (var culture in new[] { "en", "ko", "ja", "zh-Hans", "sl" })
        {
            Assert.False(string.IsNullOrWhiteSpace(BotMessages.ResourceManager.GetString(planned.ResourceKey, CultureInfo.GetCultureInfo(culture))));
        }

        var customer = new Customer("webchat", "u");
        var known = planned.Fills == ComplaintSlot.AccountId
            ? ComplaintSlots.IsKnown(planned.Fills, new ComplaintFacts(), ComplaintSlots.Fill(planned.Fills, customer, " acct-1 "))
            : ComplaintSlots.IsKnown(planned.Fills, ComplaintSlots.Fill(planned.Fills, new ComplaintFacts(), " answer "), customer);
        Assert.True(known);
    }

    [Theory]
    [InlineData("It's bad.", true)]
    [InlineData("Not happy with you!!! 😡", true)]
    [InlineData("The blender I bought from you stopped working after two days and now smells of burning plastic whenever I switch it on.", false)]
    [InlineData("My order 12345", false)]
    [InlineData("별로예요.", true)]
    [InlineData("제가 지난달에 산 블렌더가 이틀 만에 작동을 멈추고 켤 때마다 타는 냄새가 나요.", false)]
    [InlineData("最悪です。", true)]
    [InlineData("先月買ったミキサーが二日で動かなくなり、電源を入れるたびに焦げた臭いがします。", false)]
    [InlineData("太差了。", true)]
    [InlineData("上个月买的搅拌机用了两天就不转了，每次开机都有一股烧焦的味道。", false)]
    [InlineData("Slabo.", true)]
    [InlineData("Mešalnik, ki sem ga kupil prejšnji mesec, je po dveh dneh nehal delovati in zdaj smrdi po zažganem.", false)]
    public void IsVague_ShortStoryWithoutSpecifics_IsVague(string story, bool expected)
    {
        var extractor = new ComplaintDetailExtractor(Options.Create(new ComplaintDetailOptions()), new ManualTimeProvider(TestComplaints.Now));
        Assert.Equal(expected, Planner.IsVague(story, text => extractor.Extract(text)));
    }

    [Fact]
    public void IsVague_LongStory_IsDecidedWithoutReadingItsDetails()
    {
        var read = 0;

        var vague = Planner.IsVague(
            "The blender I bought from you stopped working after two days and now smells of burning plastic.",
            _ => { read++; return ExtractedDetails.None; });

        Assert.False(vague);
        Assert.Equal(0, read);
    }
}
