/// Sentence templates for synthetic news, by language and by what they report.
///
/// Placeholders: `{A}` and `{B}` people (named in full the first time, by family name
/// after), `{C}` and `{D}` countries, `{O}` an organization, `{city}`, `{topic}`,
/// `{topic2}`, `{weekday}` (of the article's date) and `{year}`. The templates are this
/// module's own, written to read like the wire copy in the dev set, not taken from it.
struct Phrasebook: Sendable {
    /// True for the Hindi phrasebook: names, places and numbers are written in Devanagari.
    let isHindi: Bool
    /// What a sentence reports; an article mixes them in proportions of its own.
    enum Purpose: CaseIterable, Sendable {
        case meeting, statement, membership, gathering, visit, background
    }

    let sentences: [Purpose: [String]]
    let headlines: [String]
    let topics: [String]
    /// The first words of the lead paragraph: `{CITY}, {month} {day} (Varta) — `.
    let dateline: String
    let weekdays: [String]
    let months: [String]

    func templates(_ purpose: Purpose) -> [String] { sentences[purpose] ?? [] }

    static let english = Phrasebook(
        isHindi: false,
        sentences: [
            .meeting: [
                "{A} met {B} in {city} on {weekday} and discussed {topic}.",
                "{A} held talks with {B} on {topic}.",
                "{A} and {B} held bilateral talks in {city}, focusing on {topic}.",
                "{A} called on {B} in {city} on {weekday}.",
                "{A} received {B} at the start of a two-day visit to {city}.",
                "{A} spoke with {B} on the phone about {topic}.",
                "{A} had a telephone conversation with {B} on {weekday}.",
                "During the meeting, {A} and {B} reviewed progress on {topic}.",
                "{A} held a bilateral meeting with {B} on the sidelines of the {O} meeting.",
                "{A} met with {B} and the two sides agreed to deepen cooperation on {topic}.",
                "Earlier in the day, {A} and {B} held comprehensive talks on {topic} and {topic2}.",
            ],
            .statement: [
                "{A} said that {C} remained an important partner in {topic}.",
                "{A} praised {B} for the progress made on {topic}.",
                "{A} welcomed the decision of {C} to expand cooperation in {topic}.",
                "{A} criticised {C} over its position on {topic}.",
                "{A} accused {C} of blocking progress on {topic}.",
                "{A} warned that the actions of {C} were a threat to stability in the region.",
                "In a statement, {A} said that {topic} would be taken up again at the next round of talks.",
                "{A} thanked {B} for the warm hospitality extended to the delegation.",
                "{A} condemned the remarks made by {B} on {topic}.",
                "{A} lauded the strong friendship between {C} and {D}.",
                "{A} told reporters that {C} and {D} had agreed on a roadmap for {topic}.",
            ],
            .membership: [
                "{C} is a member of the {O}.",
                "{C} joined the {O} in {year}.",
                "Both {C} and {D} are members of the {O}.",
                "The {O}, which includes {C} and {D}, meets once a year.",
            ],
            .gathering: [
                "{A} hosted a meeting of the {O} in {city}.",
                "{A} attended the {O} summit in {city} on {weekday}.",
                "{A} chaired the session of the {O} in {city}.",
                "{A} and {B} took part in the {O} meeting on {topic}.",
            ],
            .visit: [
                "{A} arrived in {city} on {weekday} on a three-day visit.",
                "{A} is visiting {city} for talks on {topic}.",
            ],
            .background: [
                "Officials said the two sides agreed to meet again later in the year.",
                "The talks covered {topic} and {topic2}.",
                "Both sides agreed to set up a joint working group on {topic}.",
                "The ministry said further details would be announced later.",
                "Analysts said the visit reflected growing ties between the two countries.",
                "The discussions took place amid rising tensions over {topic}.",
                "A joint statement is expected to be issued at the end of the visit.",
                "The two delegations also exchanged views on regional and global issues of mutual interest.",
                "Several agreements on {topic} are expected to be signed during the visit.",
                "Security was tightened across {city} ahead of the talks.",
            ],
        ],
        headlines: [
            "{A} meets {B} in {city}",
            "{A}, {B} hold talks on {topic}",
            "{A} criticises {C} over {topic}",
            "{A} praises ties with {C}",
            "{O} meeting opens in {city}",
            "{A} and {B} discuss {topic} in phone call",
        ],
        topics: [
            "defence cooperation", "trade and investment", "regional security", "counter-terrorism",
            "energy security", "climate change", "maritime security", "connectivity projects",
            "supply chains", "space cooperation", "health cooperation", "the situation in the region",
            "cyber security", "food security", "critical minerals",
        ],
        dateline: "{CITY}, {month} {day} (Varta) — ",
        weekdays: NewsCalendar.englishWeekdays,
        months: NewsCalendar.englishMonths)

    static let hindi = Phrasebook(
        isHindi: true,
        sentences: [
            .meeting: [
                "{A} ने {weekday} को {city} में {B} से मुलाकात की और {topic} पर चर्चा की।",
                "{A} ने {B} के साथ {topic} पर बातचीत की।",
                "{A} और {B} के बीच {city} में द्विपक्षीय वार्ता हुई।",
                "{A} ने {B} के साथ टेलीफोन पर बात की।",
                "{A} ने {B} से भेंट की और {topic} के मुद्दों पर विचार-विमर्श किया।",
                "{A} ने {city} में {B} का स्वागत किया।",
                "बैठक में {A} और {B} ने {topic} की समीक्षा की।",
                "{O} की बैठक से इतर {A} ने {B} से मुलाकात की।",
                "{A} ने {B} से मिलकर {topic} पर सहयोग बढ़ाने पर चर्चा की।",
            ],
            .statement: [
                "{A} ने कहा कि {C} {topic} में एक महत्वपूर्ण साझेदार है।",
                "{A} ने {topic} पर प्रगति के लिए {B} की प्रशंसा की।",
                "{A} ने {topic} पर {C} के रुख की आलोचना की।",
                "{A} ने आरोप लगाया कि {C} क्षेत्र में अस्थिरता फैला रहा है।",
                "{A} ने {C} को चेतावनी दी कि {topic} पर टकराव से किसी का भला नहीं होगा।",
                "{A} ने एक बयान में कहा कि {topic} पर अगली बैठक में फिर चर्चा होगी।",
                "{A} ने गर्मजोशी भरे आतिथ्य के लिए {B} का आभार व्यक्त किया।",
                "{A} ने कहा कि {C} और {D} के बीच दोस्ती लगातार मजबूत हो रही है।",
                "{A} ने {C} के फैसले का स्वागत किया।",
                "{A} ने {B} के बयान की निंदा की।",
            ],
            .membership: [
                "{C} {O} का सदस्य है।",
                "{C} {O} का हिस्सा है।",
                "{O} में {C} और {D} शामिल हैं।",
                "{C} ने {year} में {O} की सदस्यता ली।",
            ],
            .gathering: [
                "{A} ने {city} में {O} की बैठक की मेजबानी की।",
                "{A} ने {weekday} को {city} में {O} शिखर सम्मेलन में भाग लिया।",
                "{A} ने {O} की बैठक की अध्यक्षता की।",
                "{A} और {B} ने {O} की बैठक में हिस्सा लिया।",
            ],
            .visit: [
                "{A} तीन दिन की यात्रा पर {weekday} को {city} पहुंचे।",
                "{A} {topic} पर वार्ता के लिए {city} के दौरे पर हैं।",
            ],
            .background: [
                "अधिकारियों ने बताया कि दोनों पक्ष इस वर्ष के अंत में फिर से बैठक करने पर सहमत हुए।",
                "वार्ता में {topic} और {topic2} जैसे मुद्दे शामिल थे।",
                "दोनों पक्षों ने {topic} पर एक संयुक्त कार्य समूह बनाने का निर्णय लिया।",
                "मंत्रालय ने कहा कि आगे की जानकारी बाद में दी जाएगी।",
                "विश्लेषकों का मानना है कि यह दौरा दोनों देशों के बढ़ते संबंधों को दर्शाता है।",
                "यह बैठक {topic} को लेकर बढ़ते तनाव के बीच हुई।",
                "दौरे के अंत में एक संयुक्त वक्तव्य जारी किए जाने की उम्मीद है।",
                "दोनों प्रतिनिधिमंडलों ने क्षेत्रीय और वैश्विक मुद्दों पर भी विचारों का आदान-प्रदान किया।",
                "इस दौरान {topic} से जुड़े कई समझौतों पर हस्ताक्षर होने की संभावना है।",
                "वार्ता से पहले {city} में सुरक्षा कड़ी कर दी गई थी।",
            ],
        ],
        headlines: [
            "{A} ने {B} से की मुलाकात",
            "{A} और {B} के बीच {topic} पर वार्ता",
            "{A} ने {C} की आलोचना की",
            "{city} में {O} की बैठक शुरू",
            "{A} ने {C} के साथ संबंधों की सराहना की",
            "{A} ने {B} से फोन पर की बातचीत",
        ],
        topics: [
            "रक्षा सहयोग", "व्यापार और निवेश", "क्षेत्रीय सुरक्षा", "आतंकवाद", "ऊर्जा सुरक्षा",
            "जलवायु परिवर्तन", "समुद्री सुरक्षा", "संपर्क परियोजनाओं", "आपूर्ति श्रृंखला", "अंतरिक्ष सहयोग",
            "स्वास्थ्य सहयोग", "क्षेत्र की स्थिति", "साइबर सुरक्षा", "खाद्य सुरक्षा", "महत्वपूर्ण खनिजों",
        ],
        dateline: "{CITY} {day} {month} (वार्ता) ",
        weekdays: NewsCalendar.hindiWeekdays,
        months: NewsCalendar.hindiMonths)
}
