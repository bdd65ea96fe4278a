namespace ComplaintBot.SupportTeams;

/// <summary>The figures of one category or one agent.</summary>
public sealed record SurveyBreakdown(string Name, SurveyFigures Figures);
