import Testing
import VartaCore
import VartaExtraction

private func day(_ year: Int, _ month: Int, _ day: Int) -> Day { Day(year: year, month: month, day: day)! }

@Suite("Publication date")
struct PublicationDateTests {
    @Test("date lines in the forms pages use", arguments: [
        ("Created On :   28 April 2023 11:30 PM IST", "2023-04-28"),
        ("Created On :\u{00A0}  28 April 2023 11:30 PM IST", "2023-04-28"),
        ("Saturday, Mar 04, 2023 - 01:28 AM (IST)", "2023-03-04"),
        ("6 Sep 2022 6:46 AM GMT", "2022-09-06"),
        ("date 2024-04-26", "2024-04-26"),
        ("26 Apr, 2024 11:42", "2024-04-26"),
        ("Updated: March 19, 2024", "2024-03-19"),
        ("April 28, 2023", "2023-04-28"),
        ("28 अप्रैल 2023", "2023-04-28"),
        ("28 अप्रैल, 2023", "2023-04-28"),
        ("२८ अप्रैल २०२३", "2023-04-28"),
        ("2023-04-28", "2023-04-28"),
        ("2023-04-28T11:30:00Z", "2023-04-28"),
        ("Published: 13th January 2021 07:58 PM  |   Last Updated: 13th January 2021 08:36 PM", "2021-01-13"),
        ("AFP Published 21 Oct, 2022 08:00pm", "2022-10-21"),
        ("18-Mar-2024 07:33 PM 1587", "2024-03-18"),
        ("08:13 GMT 10.06.2024 (Updated: 08:47 GMT 10.06.2024)", "2024-06-10"),
        ("By भाषा | Updated: September 20, 2021 18:49 IST2021-09-20T18:49:02+5:30", "2021-09-20"),
        ("प्रकाशित: शुक्रवार, 28 अप्रैल 2023", "2023-04-28"),
        ("अपडेट 5 मई 2022, 10:30 बजे", "2022-05-05"),
        ("Date: 28/04/2023", "2023-04-28"),
        ("Sept. 5, 2023", "2023-09-05"),
        ("SEPTEMBER 5, 2023", "2023-09-05"),
    ])
    func forms(line: String, expected: String) {
        #expect(ArticleReader.publicationDate(in: "Headline\n\(line)\nBody text follows here.") == Day(iso: expected))
    }

    @Test("every Hindi month spelling", arguments: [
        ("जनवरी", 1), ("फरवरी", 2), ("\u{092B}\u{093C}रवरी", 2), ("\u{095E}रवरी", 2), ("मार्च", 3), ("अप्रैल", 4),
        ("अप्रेल", 4), ("मई", 5), ("जून", 6), ("जुलाई", 7), ("अगस्त", 8), ("सितंबर", 9), ("सितम्बर", 9),
        ("अक्टूबर", 10), ("अक्तूबर", 10), ("नवंबर", 11), ("नवम्बर", 11), ("दिसंबर", 12), ("दिसम्बर", 12),
    ])
    func hindiMonths(name: String, month: Int) {
        #expect(ArticleReader.publicationDate(in: "प्रकाशित: 5 \(name) 2022") == day(2022, month, 5))
    }

    @Test("every English month, full and abbreviated", arguments: [
        ("January", 1), ("Jan", 1), ("February", 2), ("Feb", 2), ("March", 3), ("Mar", 3), ("April", 4), ("Apr", 4),
        ("May", 5), ("June", 6), ("Jun", 6), ("July", 7), ("Jul", 7), ("August", 8), ("Aug", 8), ("September", 9),
        ("Sep", 9), ("Sept", 9), ("October", 10), ("Oct", 10), ("November", 11), ("Nov", 11), ("December", 12), ("Dec", 12),
    ])
    func englishMonths(name: String, month: Int) {
        #expect(ArticleReader.publicationDate(in: "Published: 5 \(name) 2022") == day(2022, month, 5))
        #expect(ArticleReader.publicationDate(in: "Published: \(name) 5, 2022") == day(2022, month, 5))
    }

    @Test("numeric dates: dots are day first; slashes only when unambiguous", arguments: [
        ("10.06.2024", "2024-06-10"),
        ("28/04/2023", "2023-04-28"),
        ("04/28/2023", "2023-04-28"),
        ("05/05/2023", "2023-05-05"),
        ("28-04-2023", "2023-04-28"),
        ("२८/०४/२०२३", "2023-04-28"),
    ])
    func numericDates(text: String, expected: String) {
        #expect(ArticleReader.publicationDate(in: "Date: \(text)") == Day(iso: expected))
    }

    @Test("ambiguous, impossible and out-of-range dates give nil", arguments: [
        "Date: 04/05/2023",  // 4 May or April 5
        "Date: 31 April 2023",
        "Date: 29 Feb 2023",
        "Date: 5 May 1850",
        "Date: 5 May 2150",
        "Date: 2023-13-01",
        "Version 1.10.06.2024",
        "Date: May 2023",  // no day
    ])
    func rejected(text: String) {
        #expect(ArticleReader.publicationDate(in: text) == nil)
    }

    @Test("29 February exists in leap years")
    func leapDay() {
        #expect(ArticleReader.publicationDate(in: "Date: 29 Feb 2024") == day(2024, 2, 29))
    }

    @Test("a date line wins over an earlier date in a body sentence")
    func datelineBeatsBody() {
        let text = """
            Shoigu attends SCO meeting
            Russian Defense Minister Sergey Shoigu attends a meeting of the SCO on April 26, 2024.
            The ministers met in Astana.
            Published: 27 April 2024
            """
        #expect(ArticleReader.publicationDate(in: text) == day(2024, 4, 27))
    }

    @Test("a publication keyword beats a date-only line, which beats an update line")
    func ranks() {
        #expect(ArticleReader.publicationDate(in: "Updated: 3 May 2023\nText.\nPublished: 1 May 2023") == day(2023, 5, 1))
        #expect(ArticleReader.publicationDate(in: "Updated: 3 May 2023\n1 May 2023\nText.") == day(2023, 5, 1))
        #expect(ArticleReader.publicationDate(in: "Oct 21, 2022\nAFP Published 22 Oct, 2022") == day(2022, 10, 22))
    }

    @Test("dates inside body sentences are not publication dates")
    func bodyDatesIgnored() {
        let text = """
            EU envoy meets Modi
            एचआरवीपी के रूप में 01 दिसंबर 2019 को कार्यभार संभालने के बाद यह उनकी पहली यात्रा है।
            The talks took place on 12 March 2021 in Delhi.
            """
        #expect(ArticleReader.publicationDate(in: text) == nil)
    }

    @Test("a dateline leading the first paragraph counts")
    func leadingDateline() {
        let text = "Addis Ababa, October 21, 2024 (FBC) – The Chairperson met the Secretary-General. They talked."
        #expect(ArticleReader.publicationDate(in: text) == day(2024, 10, 21))
        #expect(ArticleReader.publicationDate(in: "नई दिल्ली, 28 अप्रैल 2023। रक्षा मंत्री ने बात की।") == day(2023, 4, 28))
    }

    @Test("a short header or footer line with a date counts when nothing better does")
    func headerAndFooter() {
        let footer = (1...8).map { "Sentence number \($0) of the body." }.joined(separator: "\n") + "\nIANS | 28 April 2023 11:30 PM"
        #expect(ArticleReader.publicationDate(in: footer) == day(2023, 4, 28))
        // The same line in the middle of a long page is not a header or footer.
        let middle = (1...8).map { "Sentence number \($0) of the body." }
        let page = (middle[..<6] + ["IANS | 28 April 2023 11:30 PM"] + middle[6...] + middle).joined(separator: "\n")
        #expect(ArticleReader.publicationDate(in: page) == nil)
    }

    @Test("the date of an embedded post is not the page's date")
    func embeddedPost() {
        let text = """
            रक्षा मंत्री ने अमेरिकी रक्षा सचिव से फोन पर की बातचीत
            Defence Minister Rajnath Singh: Had a warm telephone conversation with Lloyd Austin III.
            — ANI (@ANI) September 20, 2021
            (File photos) pic.twitter.com/It8ONWIHNK
            """
        #expect(ArticleReader.publicationDate(in: text) == nil)
    }

    @Test("a page without a full date has none")
    func noDate() {
        #expect(ArticleReader.publicationDate(in: "Talks in February 2023\nनयी दिल्ली, 20 सितंबर रक्षा मंत्री ने बात की।") == nil)
        #expect(ArticleReader.publicationDate(in: "") == nil)
    }
}
