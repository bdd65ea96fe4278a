using ComplaintBot.Dialogs.Conversation;

namespace ComplaintBot.Dialogs.Tests.Conversation;

public class InterruptionRecognizerTests
{
    [Theory]
    [InlineData("status")]
    [InlineData("What's the status of my complaint?")]
    [InlineData("What’s the status of my complaint?")]
    [InlineData("Any update?")]
    [InlineData("진행 상황이 어떻게 되나요?")]
    [InlineData("進捗を教えてください。")]
    [InlineData("我的投诉怎么样了？")]
    [InlineData("Kakšno je stanje moje pritožbe?")]
    [InlineData("Kaj je z mojo pritožbo?")]
    public void Recognize_AStatusQuestionInAnySupportedLanguage_IsStatus(string text)
        => Assert.Equal(Interruption.Status, InterruptionRecognizer.Recognize(text));

    [Theory]
    [InlineData("The status page said my complaint was closed, but nobody called me.")]
    [InlineData("I asked for any update three times and got nothing.")]
    [InlineData("Stanje računa je napačno.")]
    public void Recognize_StatusWordsInsideAStory_IsNone(string text)
        => Assert.Equal(Interruption.None, InterruptionRecognizer.Recognize(text));
}
