using Microsoft.AspNetCore.Mvc;
using PartnerBot.Owner.Dashboard;
using PartnerBot.Profiles;

namespace PartnerBot.Owner.Pages;

/// <summary><c>/owner</c>: the inbox of partner profiles, newest first, with search, status and date filters and paging.</summary>
public sealed class IndexModel(IProfileStore profiles, OwnerClock clock, Interview.Questions.Questionnaire questions) : OwnerPageModel
{
    public const int PageSize = 20;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    // "page" is the route value Razor Pages uses for the page itself, so the page number travels as "p".
    [BindProperty(Name = "p", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public IReadOnlyList<PartnerProfile> Items { get; private set; } = [];

    /// <summary>The questions the inbox shows as columns after the name (which is the row's link).</summary>
    public IReadOnlyList<Interview.Questions.Question> Columns { get; } =
        [.. questions.All.Where(q => q.InInbox && q.Name != Understanding.SlotNames.Name)];
    public int Total { get; private set; }
    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);
    public bool IsFiltered => !string.IsNullOrWhiteSpace(Q) || !string.IsNullOrEmpty(Status) || From is not null || To is not null;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, PageNumber);
        var result = await profiles.QueryAsync(Query(PageNumber), cancellationToken);
        if (result.Items.Count == 0 && result.Total > 0 && PageNumber > 1)
        {
            PageNumber = (result.Total + PageSize - 1) / PageSize;
            result = await profiles.QueryAsync(Query(PageNumber), cancellationToken);
        }

        Items = result.Items;
        Total = result.Total;
    }

    /// <summary>The route values of the current filters, for paging and export links.</summary>
    public Dictionary<string, string> Filters(int? page = null)
    {
        var values = new Dictionary<string, string>();
        void Add(string key, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                values[key] = value;
            }
        }

        Add("q", Q);
        Add("status", Status);
        Add("from", From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add("to", To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (page is > 1)
        {
            values["p"] = page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return values;
    }

    private ProfileQuery Query(int page) => InboxQuery.Create(Q, Status, From, To, clock) with { Skip = (page - 1) * PageSize, Take = PageSize };
}
