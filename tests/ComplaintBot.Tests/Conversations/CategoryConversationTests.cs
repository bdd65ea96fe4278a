using ComplaintBot.Dialogs.Complaints;
using ComplaintBot.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace ComplaintBot.Tests.Conversations;

/// <summary>Each kind of complaint gets its own clarifying questions; the category is asked only when unsure.</summary>
public sealed class CategoryConversationTests : LoopbackBotTest
{
    private async Task<Complaint> FiledFor(CustomerChat chat)
        => Assert.Single(await Host.Services.GetRequiredService<IComplaintStore>()
            .ListAsync(new ComplaintQuery { Customer = ("webchat", chat.UserId) }, CancellationToken.None));

    [Fact]
    public async Task A_complaint_about_staff_asks_what_was_said_and_apologises_for_the_treatment()
    {
        var chat = new CustomerChat(Client, "en-US", name: "Ana");
        await chat.SayTextsAsync("The staff member at your Ljubljana store was rude to me yesterday when I asked about a return.");
        Assert.StartsWith("Let me check I've understood. This is about the service you received", (await chat.SayTextsAsync("That's all"))[0], StringComparison.Ordinal);
        Assert.Equal(["Can you tell me more about what was said or done?"], await chat.SayTextsAsync("Yes"));
        Assert.Equal(["What would make this right for you?"], await chat.SayTextsAsync("He laughed and said I should read the receipt"));
        await chat.SayTextsAsync("An apology");
        await chat.SayTextsAsync("ana@example.com");
        var filing = await chat.SayTextsAsync("I don't have one");

        Assert.Equal("I'm sorry about the way you were treated. That is not the experience you should have had with us.", filing[0]);
        var complaint = await FiledFor(chat);
        Assert.Equal(ComplaintCategory.ServiceOrStaff, complaint.Category);
        Assert.Equal("He laughed and said I should read the receipt", complaint.Facts.WhereAndWhat);
        Assert.Equal(DesiredResolution.ExplanationOrApology, complaint.DesiredResolution);
    }

    [Fact]
    public async Task An_account_problem_asks_for_the_account_and_the_error_message()
    {
        var chat = new CustomerChat(Client, "en-US", name: "Ana");
        await chat.SayTextsAsync("I cannot log in to my account since this morning, the app keeps failing.");
        await chat.SayTextsAsync("That's all");
        Assert.Equal(["What is your account ID or user name?"], await chat.SayTextsAsync("Yes"));
        Assert.Equal(["Did you see an error message? If so, what did it say?"], await chat.SayTextsAsync("ana.novak"));
        Assert.Equal(["What would make this right for you?"], await chat.SayTextsAsync("It says error 403"));
        await chat.SayTextsAsync("Just fix it please");
        var filing = await chat.SayTextsAsync("ana@example.com");

        Assert.Equal("I'm sorry about the trouble with your account. I know how disruptive that is.", filing[0]);
        var complaint = await FiledFor(chat);
        Assert.Equal(ComplaintCategory.AccountOrTechnical, complaint.Category);
        Assert.Equal("ana.novak", complaint.Customer.AccountId);
        Assert.Equal("It says error 403", complaint.Facts.ErrorMessage);
    }

    [Fact]
    public async Task After_a_correction_that_leaves_the_kind_unclear_the_customer_picks_it_with_buttons()
    {
        var chat = new CustomerChat(Client, "en-US", name: "Ana");
        await chat.SayTextsAsync("Something went wrong with my order and I am not sure what.");
        await chat.SayTextsAsync("That's all");
        Assert.Equal(["Thank you for correcting me. What did I get wrong?"], await chat.SayTextsAsync("No"));

        var ask = Assert.Single(await chat.SayAsync("It is about the way I was treated on the phone"));
        Assert.Equal("Which of these fits best?", (string?)ask["text"]);
        var buttons = ask["suggestedActions"]!["actions"]!.AsArray().Select(a => (string?)a!["title"]).ToList();
        Assert.Equal(["Product fault", "Delivery", "Billing", "Service or staff", "Account or technical", "Something else"], buttons);

        Assert.Equal(["When and where did this happen?"], await chat.SayTextsAsync("Service or staff"));
    }
}
