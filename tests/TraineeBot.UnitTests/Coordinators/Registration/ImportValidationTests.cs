using TraineeBot.Core.Coordinators.Registration;
using TraineeBot.Core.Programme;
using TraineeBot.Infrastructure.Coordinators.Registration;

namespace TraineeBot.UnitTests.Coordinators.Registration;

/// <summary>Reading (<see cref="ImportCsv"/>) and checking (<see cref="ImportValidator"/>) an import file, without a database.</summary>
public sealed class ImportValidationTests
{
    private const string SwedishHeader = "namn;e-post;födelseår;kön;förvaltning;stödbehov;arbetsplats;handledare;handledare_epost;typ;start;slut;roll";

    private static readonly Guid SolenId = Guid.NewGuid();
    private static readonly Guid MariaId = Guid.NewGuid();

    private static readonly ImportKnown Registered = new(
        new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "amira@example.se" },
        [new KnownWorkplace(SolenId, "Förskolan Solen", [new KnownSupervisor(MariaId, "Maria Berg", "maria.berg@example.se")])]);

    private static ImportReport Check(string csv, ImportKnown? known = null, string language = "sv") =>
        ImportValidator.Validate(ImportCsv.Read(csv), known ?? Registered, language);

    private static RejectedRow Rejected(ImportReport report, ImportProblemKind kind)
    {
        return Assert.Single(report.Rejected, r => r.Problem.Kind == kind);
    }

    [Fact]
    public void A_Swedish_Excel_file_with_BOM_and_semicolons_is_read_trainee_only_and_placement_rows()
    {
        var csv = "\uFEFF" + SwedishHeader + "\r\n"
            + "Elin Svensson;elin@example.se;2004;kvinna;Förskoleförvaltningen;Läs- och skrivstöd;;;;;;;\r\n"
            + " Omar Ali ; omar@example.se ;2003;man;Kulturförvaltningen;;Förskolan Solen;;maria.berg@example.se;intern;2027-01-04;2027-12-31;Barnskötare\r\n";

        var report = Check(csv);

        Assert.Empty(report.Rejected);
        Assert.True(report.IsValid);
        Assert.Equal(2, report.Accepted.Count);
        var elin = report.Accepted[0];
        Assert.Equal((2, "Elin Svensson", "elin@example.se", (int?)2004, "kvinna", "Förskoleförvaltningen", "Läs- och skrivstöd"),
            (elin.RowNumber, elin.Name, elin.Email, elin.BirthYear, elin.Gender, elin.HomeDepartment, elin.SupportNeeds));
        Assert.Null(elin.Placement);
        var omar = report.Accepted[1];
        Assert.Equal(("Omar Ali", "omar@example.se"), (omar.Name, omar.Email));
        var placement = Assert.IsType<ImportedPlacement>(omar.Placement);
        Assert.Equal(SolenId, placement.WorkplaceId);
        Assert.Equal(MariaId, placement.SupervisorId);
        Assert.Equal(PlacementKind.Internal, placement.Kind);
        Assert.Equal((new DateOnly(2027, 1, 4), new DateOnly(2027, 12, 31)), (placement.StartDate, placement.EndDate));
        Assert.Equal("Barnskötare", placement.Role);
        Assert.Empty(report.NewWorkplaces);
        Assert.Empty(report.NewSupervisors);
    }

    [Fact]
    public void English_headers_with_commas_and_quoted_fields_holding_the_separator_are_read()
    {
        var csv = "Name,Email,Birth year,Workplace,Supervisor,Supervisor email,Kind,Start,End,Role\n"
            + "\"Svensson, Elin\",elin@example.se,2004,\"Bibliotek; Tumba\",Per Ek,per@example.se,external,2027-02-01,2028-01-31,\"Assistent, \"\"bokvagn\"\"\"\n";

        var report = Check(csv, ImportKnown.Nothing, "en");

        Assert.Empty(report.Rejected);
        var row = Assert.Single(report.Accepted);
        Assert.Equal("Svensson, Elin", row.Name);
        Assert.Equal(("Bibliotek; Tumba", "Per Ek", "per@example.se", PlacementKind.External, "Assistent, \"bokvagn\""),
            (row.Placement!.Workplace, row.Placement.SupervisorName, row.Placement.SupervisorEmail, row.Placement.Kind, row.Placement.Role));
        Assert.Null(row.Placement.WorkplaceId);
        Assert.Null(row.Placement.SupervisorId);
        Assert.Equal(["Bibliotek; Tumba"], report.NewWorkplaces);
        Assert.Equal(["Per Ek"], report.NewSupervisors);
    }

    [Fact]
    public void A_semicolon_inside_quotes_in_a_semicolon_file_stays_in_its_field()
    {
        var report = Check("namn;e-post;stödbehov\n\"Ali, Sara\";sara@example.se;\"Dyslexi; behöver skriftliga instruktioner\"\n");

        var row = Assert.Single(report.Accepted);
        Assert.Equal(("Ali, Sara", "Dyslexi; behöver skriftliga instruktioner"), (row.Name, row.SupportNeeds));
    }

    [Theory]
    [InlineData("namn;e-post\r\nA;a@b.se", ";")]
    [InlineData("name,email\r\nA,a@b.se", ",")]
    [InlineData("\"namn, fullständigt\";e-post;roll", ";")]
    [InlineData("\"namn; x\",e-post,roll", ",")]
    public void The_separator_is_the_one_the_header_uses_most_outside_quotes(string csv, string expected) =>
        Assert.Equal(expected, ImportCsv.Separator(csv));

    [Theory]
    [InlineData("2027-13-01")]
    [InlineData("4/1/2027")]
    [InlineData("20270104")]
    [InlineData("nästa måndag")]
    public void A_date_not_written_year_month_day_is_rejected_with_the_column_and_value(string start)
    {
        var report = Check($"{SwedishHeader}\nElin;elin@example.se;;;;;Förskolan Solen;Maria Berg;maria.berg@example.se;intern;{start};2027-12-31;\n");

        var problem = Rejected(report, ImportProblemKind.BadDate);
        Assert.Equal(2, problem.RowNumber);
        Assert.Empty(report.Accepted);
        Assert.Contains(start, problem.Reason, StringComparison.Ordinal);
        Assert.Contains("år-månad-dag", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void End_before_start_is_rejected_with_the_programmes_words()
    {
        var report = Check($"{SwedishHeader}\nElin;elin@example.se;;;;;Förskolan Solen;;maria.berg@example.se;intern;2027-03-01;2027-02-28;\n");

        var problem = Rejected(report, ImportProblemKind.PlacementRule);
        Assert.Equal(ProgrammeProblemKind.EndBeforeStart, problem.Problem.Rule!.Kind);
        Assert.Equal("Slutdatumet är före startdatumet.", problem.Reason);
    }

    [Fact]
    public void Nineteen_months_internal_is_too_long_and_thirteen_external_too_but_eighteen_internal_is_not()
    {
        var report = Check($"{SwedishHeader}\n"
            + "A;a@example.se;;;;;Förskolan Solen;;maria.berg@example.se;intern;2027-01-01;2028-07-31;\n"
            + "B;b@example.se;;;;;Förskolan Solen;;maria.berg@example.se;extern;2027-01-01;2028-01-31;\n"
            + "C;c@example.se;;;;;Förskolan Solen;;maria.berg@example.se;intern;2027-01-01;2028-06-30;\n", language: "en");

        Assert.Equal([2, 3], report.Rejected.Select(r => r.RowNumber));
        Assert.All(report.Rejected, r => Assert.Equal(ProgrammeProblemKind.TooLong, r.Problem.Rule!.Kind));
        Assert.Equal("Such a placement may last at most 18 months, so end on 30 June 2028 at the latest.", report.Rejected[0].Reason);
        Assert.Equal(4, Assert.Single(report.Accepted).RowNumber);
    }

    [Fact]
    public void A_supervisor_email_neither_registered_at_the_workplace_nor_named_in_the_file_is_unknown()
    {
        var report = Check($"{SwedishHeader}\n"
            + "A;a@example.se;;;;;Förskolan Solen;;okand@example.se;intern;2027-01-01;2027-06-30;\n" // unknown
            + "B;b@example.se;;;;;Förskolan Månen;;maria.berg@example.se;intern;2027-01-01;2027-06-30;\n" // Maria is at Solen, not Månen
            + "C;c@example.se;;;;;Förskolan Solen;Nils Nyman;nils@example.se;intern;2027-01-01;2027-06-30;\n" // new: named
            + "D;d@example.se;;;;;förskolan solen;;NILS@example.se;intern;2027-01-01;2027-06-30;\n"); // Nils, named on row 4

        Assert.Equal([2, 3], report.Rejected.Select(r => r.RowNumber));
        Assert.All(report.Rejected, r => Assert.Equal(ImportProblemKind.UnknownSupervisor, r.Problem.Kind));
        Assert.Contains("okand@example.se", report.Rejected[0].Reason, StringComparison.Ordinal);
        Assert.Equal(["Nils Nyman", "Nils Nyman"], report.Accepted.Select(r => r.Placement!.SupervisorName));
        Assert.Equal(["Nils Nyman"], report.NewSupervisors);
        Assert.All(report.Accepted, r => Assert.Equal(SolenId, r.Placement!.WorkplaceId));
    }

    [Fact]
    public void The_same_email_twice_in_the_file_or_already_registered_is_a_duplicate()
    {
        var report = Check("namn;e-post\nOmar;omar@example.se\nOmar igen;OMAR@example.se\nAmira;Amira@Example.se\n");

        var inFile = Rejected(report, ImportProblemKind.DuplicateInFile);
        Assert.Equal((3, 2), (inFile.RowNumber, inFile.Problem.OtherRow));
        Assert.Equal("E-postadressen OMAR@example.se finns redan på rad 2.", inFile.Reason);
        Assert.Equal(4, Rejected(report, ImportProblemKind.AlreadyRegistered).RowNumber);
        Assert.Equal(2, Assert.Single(report.Accepted).RowNumber);
        Assert.False(report.IsValid);
    }

    [Fact]
    public void An_unknown_kind_a_missing_name_a_bad_email_and_a_bad_birth_year_are_each_reported()
    {
        var report = Check($"{SwedishHeader}\n"
            + "A;a@example.se;;;;;Förskolan Solen;;maria.berg@example.se;praktik;2027-01-01;2027-06-30;\n"
            + ";b@example.se;;;;;;;;;;;\n"
            + "C;c@example;05;;;;;;;;;;\n");

        Assert.Equal("Typen ”praktik” är okänd: skriv intern eller extern.", Rejected(report, ImportProblemKind.UnknownKind).Reason);
        Assert.Equal((3, "”namn” saknas."), (Rejected(report, ImportProblemKind.MissingValue).RowNumber, Rejected(report, ImportProblemKind.MissingValue).Reason));
        Assert.Equal(4, Rejected(report, ImportProblemKind.BadEmail).RowNumber);
        Assert.Equal(4, Rejected(report, ImportProblemKind.BadBirthYear).RowNumber);
        Assert.Empty(report.Accepted);
        Assert.Contains("Rad 4:", report.Describe("sv"), StringComparison.Ordinal);
        Assert.StartsWith("Inget har sparats: 3 rader har 4 fel.", report.Describe("sv"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_with_a_workplace_needs_every_placement_column()
    {
        var report = Check($"{SwedishHeader}\nA;a@example.se;;;;;Förskolan Solen;;;;2027-01-01;;\n");

        Assert.Equal(["handledare", "typ", "slut"], report.Rejected.Select(r => r.Problem.Column));
        Assert.All(report.Rejected, r => Assert.Equal(ImportProblemKind.MissingValue, r.Problem.Kind));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    [InlineData(" \r\n\r\n")]
    public void An_empty_file_is_one_problem(string csv)
    {
        var problem = Rejected(Check(csv), ImportProblemKind.EmptyFile);
        Assert.Equal(0, problem.RowNumber);
    }

    [Fact]
    public void A_header_only_file_has_no_rows()
    {
        var report = Check(SwedishHeader + "\r\n;;;;;;;;;;;;\r\n");

        Assert.Equal(ImportProblemKind.NoRows, Assert.Single(report.Rejected).Problem.Kind);
        Assert.False(report.IsValid);
    }

    [Fact]
    public void Unknown_and_missing_columns_are_reported_before_any_row()
    {
        var report = Check("namn;handleldare;;\nA;B;;\n", language: "en");

        Assert.Equal([ImportProblemKind.UnknownColumn, ImportProblemKind.MissingColumn], report.Rejected.Select(r => r.Problem.Kind));
        Assert.Equal("Unknown column “handleldare”. See the list of columns in the instructions.", report.Rejected[0].Reason);
        Assert.Empty(report.Accepted);
    }

    [Fact]
    public void A_row_with_more_fields_than_the_header_is_unreadable()
    {
        var report = Check("namn;e-post\nA;a@example.se;extra\n");

        Assert.Equal(2, Rejected(report, ImportProblemKind.UnreadableRow).RowNumber);
    }

    [Theory]
    [InlineData("Handledare e-post", ImportColumn.SupervisorEmail)]
    [InlineData("handledare_epost", ImportColumn.SupervisorEmail)]
    [InlineData("supervisor_email", ImportColumn.SupervisorEmail)]
    [InlineData("FODELSEAR", ImportColumn.BirthYear)]
    [InlineData("Birth year", ImportColumn.BirthYear)]
    [InlineData("Kön", ImportColumn.Gender)]
    [InlineData("E-mail", ImportColumn.Email)]
    [InlineData("slut", ImportColumn.End)]
    [InlineData("end", ImportColumn.End)]
    public void Headers_are_accepted_in_Swedish_and_English_forgiving_case_spaces_and_diacritics(string header, ImportColumn expected) =>
        Assert.Equal(expected, ImportColumns.Of(header));
}
