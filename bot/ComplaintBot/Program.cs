using ComplaintBot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddComplaintBot();

var app = builder.Build();
app.MapComplaintBot();
app.Run();
