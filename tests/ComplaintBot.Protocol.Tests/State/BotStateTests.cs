using ComplaintBot.Protocol.Schema;
using ComplaintBot.Protocol.State;
using ComplaintBot.Protocol.Turns;
using Moq;

namespace ComplaintBot.Protocol.Tests.State;

public class BotStateTests
{
    private sealed record Draft
    {
        public List<string> Story { get; init; } = [];
        public int Step { get; set; }
    }

    private readonly MemoryStorage _storage = new();

    private static TurnContext Turn(string conversation = "c1") => new(Mock.Of<BotAdapter>(), new Activity
    {
        Type = ActivityTypes.Message,
        ChannelId = "webchat",
        Conversation = new ConversationAccount { Id = conversation },
        From = new ChannelAccount { Id = "u1" },
    });

    /// <summary>The test's memory storage behind a mock that records the calls; <paramref name="soleWriter"/> says whether it is this process's alone.</summary>
    private Mock<IStorage> Recorded(bool soleWriter = false)
    {
        var storage = new Mock<IStorage>();
        storage.Setup(s => s.IsSoleWriter).Returns(soleWriter);
        storage.Setup(s => s.WriteAsync(It.IsAny<IReadOnlyDictionary<string, StoreItem>>(), It.IsAny<CancellationToken>()))
            .Returns<IReadOnlyDictionary<string, StoreItem>, CancellationToken>(_storage.WriteAsync);
        storage.Setup(s => s.ReadAsync(It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()))
            .Returns<IReadOnlyCollection<string>, CancellationToken>(_storage.ReadAsync);
        storage.Setup(s => s.ReadETagAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns<string, CancellationToken>(((IStorage)_storage).ReadETagAsync);
        return storage;
    }

    /// <summary>A conversation whose state one turn saved, with the draft at <paramref name="step"/> (in the test's memory storage unless given another).</summary>
    private async Task<(ConversationState State, IStatePropertyAccessor<Draft> Draft, Draft Saved)> SavedOnceAsync(int step, IStorage? storage = null)
    {
        var state = new ConversationState(storage ?? _storage);
        var draft = state.CreateProperty<Draft>("draft");
        var turn = Turn();
        var saved = await draft.GetAsync(turn, () => new Draft());
        saved.Step = step;
        await state.SaveChangesAsync(turn);
        return (state, draft, saved);
    }

    [Fact]
    public async Task Property_SetSaveAndLoadInNewTurn_RoundTripsTypedRecord()
    {
        var state = new ConversationState(_storage);
        var draft = state.CreateProperty<Draft>("draft");
        var first = Turn();
        var value = await draft.GetAsync(first, () => new Draft());
        value.Story.Add("카메라가 고장났어요 📷");
        value.Step = 3;
        await state.SaveChangesAsync(first);

        var loaded = await new ConversationState(_storage).CreateProperty<Draft>("draft").GetAsync(Turn(), () => new Draft());

        Assert.Equal(3, loaded.Step);
        Assert.Equal(["카메라가 고장났어요 📷"], loaded.Story);
    }

    [Theory]
    [InlineData(20_000)]
    [InlineData(300_000)]
    public async Task SaveChanges_AfterALargerStateWasSaved_WritesExactlyItsOwnDocument(int largeLength)
    {
        var state = new ConversationState(_storage);
        var draft = state.CreateProperty<Draft>("draft");
        var large = Turn("large");
        (await draft.GetAsync(large, () => new Draft())).Story.Add(new string('x', largeLength));
        await state.SaveChangesAsync(large);
        var small = Turn("small");
        var value = await draft.GetAsync(small, () => new Draft());
        value.Story.Add("short");
        value.Step = 1;

        await state.SaveChangesAsync(small);

        var stored = await _storage.ReadAsync(["webchat/conversations/small", "webchat/conversations/large"]);
        Assert.Equal("""{"draft":{"story":["short"],"step":1}}""", stored["webchat/conversations/small"].Json);
        Assert.Equal($$$"""{"draft":{"story":["{{{new string('x', largeLength)}}}"],"step":0}}""", stored["webchat/conversations/large"].Json);
    }

    [Fact]
    public async Task SaveChanges_NothingChanged_WritesNothing()
    {
        var storage = new Mock<IStorage>();
        storage.Setup(s => s.ReadAsync(It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new Dictionary<string, StoreItem> { ["webchat/conversations/c1"] = new("""{"draft":{"story":[],"step":1}}""", "1") });
        var state = new ConversationState(storage.Object);
        var turn = Turn();
        await state.CreateProperty<Draft>("draft").GetAsync(turn, () => new Draft());

        await state.SaveChangesAsync(turn);

        storage.Verify(s => s.WriteAsync(It.IsAny<IReadOnlyDictionary<string, StoreItem>>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task SaveChanges_TwoTurnsRacingOnOneConversation_SecondFails()
    {
        var seed = new ConversationState(_storage);
        var seedTurn = Turn();
        (await seed.CreateProperty<Draft>("draft").GetAsync(seedTurn, () => new Draft())).Step = 1;
        await seed.SaveChangesAsync(seedTurn);
        var state = new ConversationState(_storage);
        var (a, b) = (Turn(), Turn());
        (await state.CreateProperty<Draft>("draft").GetAsync(a, () => new Draft())).Step = 2;
        (await state.CreateProperty<Draft>("draft").GetAsync(b, () => new Draft())).Step = 3;

        await state.SaveChangesAsync(a);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => state.SaveChangesAsync(b));
    }

    [Fact]
    public async Task SaveChanges_OnlyOnePropertyUsedThisTurn_KeepsTheOthersAsStored()
    {
        var state = new ConversationState(_storage);
        var (draft, notes, old) = (state.CreateProperty<Draft>("draft"), state.CreateProperty<Draft>("notes"), state.CreateProperty<Draft>("old"));
        var first = Turn();
        (await draft.GetAsync(first, () => new Draft())).Step = 1;
        (await notes.GetAsync(first, () => new Draft())).Story.Add("\"quoted\" <b>ünïcode</b> 😀");
        (await old.GetAsync(first, () => new Draft())).Step = 9;
        await state.SaveChangesAsync(first);
        var second = Turn();
        (await draft.GetAsync(second, () => new Draft())).Step = 2;
        await old.DeleteAsync(second);
        await state.SaveChangesAsync(second);

        var reloaded = new ConversationState(_storage);
        var third = Turn();

        Assert.Equal(2, (await reloaded.CreateProperty<Draft>("draft").GetAsync(third, () => new Draft())).Step);
        Assert.Equal(["\"quoted\" <b>ünïcode</b> 😀"], (await reloaded.CreateProperty<Draft>("notes").GetAsync(third, () => new Draft())).Story);
        Assert.Equal(-1, (await reloaded.CreateProperty<Draft>("old").GetAsync(third, () => new Draft { Step = -1 })).Step);
    }

    [Fact]
    public async Task Delete_Property_IsGoneAfterSave()
    {
        var state = new ConversationState(_storage);
        var draft = state.CreateProperty<Draft>("draft");
        var turn = Turn();
        (await draft.GetAsync(turn, () => new Draft())).Step = 5;
        await state.SaveChangesAsync(turn);
        var next = Turn();
        await draft.DeleteAsync(next);
        await state.SaveChangesAsync(next);

        var reloaded = await new ConversationState(_storage).CreateProperty<Draft>("draft").GetAsync(Turn(), () => new Draft { Step = -1 });

        Assert.Equal(-1, reloaded.Step);
    }

    [Fact]
    public async Task Load_NextTurnAfterASave_TakesOverTheSavedValuesWithoutReadingThemAgain()
    {
        var (_, draft, saved) = await SavedOnceAsync(step: 1);

        var next = await draft.GetAsync(Turn(), () => new Draft());

        Assert.Same(saved, next);
    }

    [Fact]
    public async Task Load_NextTurnAfterASave_ReadsOnlyTheETag()
    {
        var storage = Recorded();
        var (_, draft, _) = await SavedOnceAsync(step: 1, storage.Object);

        var next = await draft.GetAsync(Turn(), () => new Draft());

        Assert.Equal(1, next.Step);
        storage.Verify(s => s.ReadAsync(It.IsAny<IReadOnlyCollection<string>>(), It.IsAny<CancellationToken>()), Times.Once);
        storage.Verify(s => s.ReadETagAsync("webchat/conversations/c1", It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Load_AnotherWriterChangedTheStateSinceTheSave_ReadsWhatIsStored()
    {
        var (_, draft, _) = await SavedOnceAsync(step: 1);
        var otherInstance = new ConversationState(_storage);
        var elsewhere = Turn();
        (await otherInstance.CreateProperty<Draft>("draft").GetAsync(elsewhere, () => new Draft())).Step = 7;
        await otherInstance.SaveChangesAsync(elsewhere);

        var next = await draft.GetAsync(Turn(), () => new Draft());

        Assert.Equal(7, next.Step);
    }

    [Fact]
    public async Task Load_AfterATurnThatChangedValuesButNeverSaved_SeesOnlyWhatWasSaved()
    {
        var (_, draft, _) = await SavedOnceAsync(step: 1);
        var failed = await draft.GetAsync(Turn(), () => new Draft());
        failed.Step = 99;
        failed.Story.Add("never saved");

        var next = await draft.GetAsync(Turn(), () => new Draft());

        Assert.NotSame(failed, next);
        Assert.Equal(1, next.Step);
        Assert.Empty(next.Story);
    }

    [Fact]
    public async Task SaveChanges_TwoTurnsRacingAfterASave_SecondFailsAndTheFirstWins()
    {
        var (state, draft, _) = await SavedOnceAsync(step: 1);
        var (a, b) = (Turn(), Turn());
        (await draft.GetAsync(a, () => new Draft())).Step = 2;
        (await draft.GetAsync(b, () => new Draft())).Step = 3;

        await state.SaveChangesAsync(a);

        await Assert.ThrowsAsync<StorageConcurrencyException>(() => state.SaveChangesAsync(b));
        Assert.Equal(2, (await draft.GetAsync(Turn(), () => new Draft())).Step);
    }

    [Fact]
    public async Task Delete_WholeStateAfterASave_NextTurnStartsEmpty()
    {
        var (state, draft, _) = await SavedOnceAsync(step: 4);

        await state.DeleteAsync(Turn());

        Assert.Equal(-1, (await draft.GetAsync(Turn(), () => new Draft { Step = -1 })).Step);
    }

    [Fact]
    public async Task Load_StorageIsTheSoleWriter_TakesOverTheSavedValuesWithoutReadingTheETag()
    {
        var storage = Recorded(soleWriter: true);
        var (_, draft, saved) = await SavedOnceAsync(step: 1, storage.Object);

        var next = await draft.GetAsync(Turn(), () => new Draft());

        Assert.Same(saved, next);
        storage.Verify(s => s.ReadETagAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.Never);
    }

    [Fact]
    public async Task Load_DuringAnAnnouncedStorageChange_ChecksTheETagAndSeesTheChange()
    {
        var storage = Recorded(soleWriter: true);
        var (state, draft, _) = await SavedOnceAsync(step: 5, storage.Object);
        var second = Turn();
        (await draft.GetAsync(second, () => new Draft())).Step = 6;

        using (state.BeginStorageChange())
        {
            await state.SaveChangesAsync(second);
            await _storage.DeleteAsync(["webchat/conversations/c1"]);

            Assert.Equal(-1, (await draft.GetAsync(Turn(), () => new Draft { Step = -1 })).Step);
        }

        storage.Verify(s => s.ReadETagAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()), Times.AtMostOnce);
    }

    [Fact]
    public async Task Load_AfterATurnThatLoadedBeforeAChangeAndSavedAfterIt_ReadsTheStoredDocument()
    {
        var (state, draft, _) = await SavedOnceAsync(step: 6, Recorded(soleWriter: true).Object);
        var during = Turn();
        await draft.GetAsync(during, () => new Draft());

        using (state.BeginStorageChange())
        {
            await _storage.DeleteAsync(["webchat/conversations/c1"]);
        }

        await state.SaveChangesAsync(during);
        var next = await draft.GetAsync(Turn(), () => new Draft { Step = -1 });

        Assert.Equal(-1, next.Step);
    }

    [Fact]
    public async Task BeginStorageChange_NextTurn_ReadsTheStoredDocumentAgain()
    {
        var (state, draft, saved) = await SavedOnceAsync(step: 6);

        state.BeginStorageChange().Dispose();
        var next = await draft.GetAsync(Turn(), () => new Draft());

        Assert.NotSame(saved, next);
        Assert.Equal(6, next.Step);
    }

    [Fact]
    public async Task ConversationsAndUsers_AreKeptApart()
    {
        var conversation = new ConversationState(_storage);
        var user = new UserState(_storage);
        var turn = Turn("c1");
        (await conversation.CreateProperty<Draft>("d").GetAsync(turn, () => new Draft())).Step = 1;
        (await user.CreateProperty<Draft>("d").GetAsync(turn, () => new Draft())).Step = 2;
        await conversation.SaveChangesAsync(turn);
        await user.SaveChangesAsync(turn);

        var other = Turn("c2");

        Assert.Equal(0, (await new ConversationState(_storage).CreateProperty<Draft>("d").GetAsync(other, () => new Draft())).Step);
        Assert.Equal(2, (await new UserState(_storage).CreateProperty<Draft>("d").GetAsync(other, () => new Draft())).Step);
    }
}
