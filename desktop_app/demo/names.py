"""Synthetic names and places for demo databases (no real person's data)."""

from __future__ import annotations

# country code -> (weight, languages, male given names, female given names, family names)
ORIGINS: dict[
    str, tuple[int, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]
] = {
    "SY": (
        20,
        ("ar", "ku"),
        (
            "Mohammed",
            "Muhammad",
            "Mohamed",
            "Ahmad",
            "Ahmed",
            "Yusuf",
            "Youssef",
            "Omar",
            "Khaled",
            "Hassan",
            "Ali",
            "Karim",
            "Rami",
            "Bilal",
            "Tarek",
        ),
        (
            "Fatima",
            "Aya",
            "Rania",
            "Lina",
            "Nour",
            "Hala",
            "Yasmin",
            "Sara",
            "Rasha",
            "Dima",
            "Maryam",
        ),
        (
            "Al-Hassan",
            "Haddad",
            "Khalil",
            "Mansour",
            "Darwish",
            "Al-Khatib",
            "Ibrahim",
            "Hamdan",
            "Nasser",
            "Suleiman",
            "Kurdi",
            "Al-Ahmad",
        ),
    ),
    "AF": (
        22,
        ("fa", "ps"),
        (
            "Ahmad",
            "Mohammad",
            "Mustafa",
            "Hamid",
            "Farid",
            "Javad",
            "Rahim",
            "Sohail",
            "Naveed",
            "Bashir",
            "Jawad",
            "Habib",
        ),
        (
            "Zahra",
            "Parwana",
            "Fariba",
            "Mariam",
            "Shabnam",
            "Nilofar",
            "Sima",
            "Zainab",
            "Fatema",
            "Roya",
        ),
        (
            "Rahimi",
            "Ahmadi",
            "Hakimi",
            "Karimi",
            "Sultani",
            "Hosseini",
            "Mohammadi",
            "Noori",
            "Amiri",
            "Safi",
            "Popal",
            "Stanekzai",
        ),
    ),
    "ER": (
        14,
        ("ti",),
        (
            "Amanuel",
            "Yonas",
            "Filmon",
            "Samuel",
            "Dawit",
            "Merhawi",
            "Kibrom",
            "Tesfalem",
            "Robel",
            "Habtom",
        ),
        ("Senait", "Helen", "Mebrat", "Selam", "Ruta", "Saba", "Luwam", "Freweini", "Yordanos"),
        (
            "Tesfay",
            "Ghebremedhin",
            "Tekle",
            "Haile",
            "Berhane",
            "Woldemariam",
            "Gebremichael",
            "Kidane",
            "Asfaha",
            "Mehari",
        ),
    ),
    "SO": (
        10,
        ("so",),
        (
            "Abdirahman",
            "Mohamed",
            "Abdullahi",
            "Yusuf",
            "Hassan",
            "Ahmed",
            "Ismail",
            "Farah",
            "Omar",
        ),
        ("Hodan", "Ayan", "Fadumo", "Hibo", "Amina", "Sahra", "Ikran", "Najma", "Ubah"),
        ("Warsame", "Abdi", "Farah", "Hussein", "Jama", "Osman", "Mohamud", "Ali", "Nur", "Hirsi"),
    ),
    "UA": (
        10,
        ("uk", "ru"),
        ("Oleksandr", "Dmytro", "Andrii", "Maksym", "Bohdan", "Artem", "Yurii", "Danylo", "Taras"),
        (
            "Olena",
            "Anastasiia",
            "Sofiia",
            "Yuliia",
            "Kateryna",
            "Daryna",
            "Iryna",
            "Viktoriia",
            "Mariia",
        ),
        (
            "Kovalenko",
            "Shevchenko",
            "Bondarenko",
            "Tkachenko",
            "Kravchenko",
            "Melnyk",
            "Oliinyk",
            "Moroz",
            "Lysenko",
            "Marchenko",
        ),
    ),
    "IQ": (
        8,
        ("ar", "ku"),
        (
            "Mustafa",
            "Hussein",
            "Ali",
            "Haider",
            "Ammar",
            "Zaid",
            "Muhammad",
            "Yousif",
            "Karwan",
            "Dilshad",
        ),
        ("Zainab", "Noor", "Shahad", "Ruqaya", "Hawre", "Shilan", "Sara", "Tabarek"),
        ("Al-Jabouri", "Hamad", "Qadir", "Rashid", "Aziz", "Mahmoud", "Salih", "Barzani", "Kareem"),
    ),
    "SD": (
        7,
        ("ar",),
        ("Mohamed", "Abubakar", "Osman", "Adam", "Ibrahim", "Musa", "Hamza", "Elfatih"),
        ("Amna", "Fatima", "Hawa", "Safaa", "Reem", "Sumaya", "Malaz"),
        ("Abdelrahman", "Elnour", "Ahmed", "Ishag", "Yagoub", "Babiker", "Eltayeb", "Hamid"),
    ),
    "ET": (
        4,
        ("am", "om"),
        ("Abebe", "Tadesse", "Getachew", "Lemma", "Chala", "Biniyam"),
        ("Hiwot", "Meron", "Tigist", "Bethlehem", "Ayantu"),
        ("Bekele", "Tesfaye", "Girma", "Alemu", "Gudina", "Wolde"),
    ),
    "GN": (
        3,
        ("fr", "ff"),
        ("Mamadou", "Ibrahima", "Alpha", "Ousmane", "Sekou", "Thierno"),
        ("Mariama", "Aissatou", "Fatoumata", "Kadiatou", "Hawa"),
        ("Diallo", "Barry", "Bah", "Camara", "Sow", "Conde"),
    ),
    "IR": (
        2,
        ("fa",),
        ("Reza", "Amir", "Mehdi", "Arash", "Hossein"),
        ("Parisa", "Shirin", "Niloufar", "Maryam"),
        ("Jafari", "Rezaei", "Moradi", "Sadeghi", "Ebrahimi"),
    ),
}

# A few preferred names in the young person's own script (for reports and search).
NATIVE_SCRIPT_NAMES = {
    "Fatima": "فاطمة",
    "Ahmad": "أحمد",
    "Omar": "عمر",
    "Zahra": "زهرا",
    "Olena": "Олена",
    "Dmytro": "Дмитро",
    "Yusuf": "يوسف",
}

TEAMS = (
    ("Team North", "Aarhus", ("Aarhus", "Randers", "Viborg")),
    ("Team South", "Horsens", ("Horsens", "Skanderborg", "Silkeborg")),
    ("After-care Team", "Aarhus", ("Aarhus", "Silkeborg", "Randers")),
)

# (username, full name, role, team index or None)
DEMO_USERS = (
    ("worker", "Anna Larsen", "social_worker", 0),
    ("worker2", "Jonas Berg", "social_worker", 1),
    ("lead", "Sofie Nielsen", "team_lead", 0),
    ("coordinator", "Peter Koch", "coordinator", None),
    ("admin", "Maja Holm", "admin", None),
    ("lead.south", "Karin Schmidt", "team_lead", 1),
    ("lead.aftercare", "Henrik Dahl", "team_lead", 2),
    ("mikkel", "Mikkel Friis", "social_worker", 0),
    ("laura", "Laura Winther", "social_worker", 0),
    ("ida", "Ida Lund", "social_worker", 1),
    ("emil", "Emil Bach", "social_worker", 1),
    ("nanna", "Nanna Krogh", "social_worker", 2),
    ("oskar", "Oskar Juhl", "social_worker", 2),
)

DEMO_PASSWORD = "demo"

STREETS = (
    "Skovvej",
    "Parkvej",
    "Nørregade",
    "Søndergade",
    "Vestergade",
    "Østergade",
    "Engvej",
    "Bakkevej",
    "Møllevej",
    "Stationsvej",
    "Kirkevej",
    "Havnegade",
    "Rosenvænget",
    "Birkevej",
)

PROVIDERS = (
    ("Boligforeningen Østjylland", "social_housing"),
    ("Almene Boliger Midt", "social_housing"),
    ("Jensen Ejendomme", "private_landlord"),
    ("Lejebolig Formidling", "rental_agency"),
    ("Fællesbo Kollektiv", "co_housing"),
    ("Værtsfamilie-netværket", "host_family"),
    ("Støttet Bo Midtjylland", "supported_housing"),
    ("Studieboliger Aarhus", "social_housing"),
)

COURSES = (
    ("Danish 1, module 1", "Sprogcenter Aarhus", "A1"),
    ("Danish 1, module 3", "Sprogcenter Aarhus", "A2"),
    ("Danish 2, module 4", "Sprogcenter Horsens", "B1"),
    ("Danish 3, module 5", "Sprogcenter Horsens", "B2"),
    ("Danish for young adults", "VUC Midtjylland", "A2"),
    ("Danish intensive", "Lærdansk Randers", "B1"),
    ("Danish exam preparation", "Sprogcenter Silkeborg", "C1"),
)

PROGRAMMES = (
    ("job_coaching", "Jobcenter Aarhus"),
    ("internship", "Netto Aarhus C"),
    ("apprenticeship", "Elektriker Hansen ApS"),
    ("vocational_training", "Aarhus Tech"),
    ("school", "Sprogskolen, Randers"),
    ("vocational_training", "Social- og Sundhedsskolen"),
    ("school", "FGU Østjylland"),
)

NOTE_TEXTS = (
    "Meeting at the reception centre; talked through the move-out plan and the housing list.",
    "Phone call: confirmed the appointment at the job centre next week.",
    "Home visit. The room is in order; worried about the rent after the move.",
    "Went through the budget plan together; bank account opening still pending.",
    "Met the guardian; agreed who follows up on the residence permit renewal.",
    "Language school reports good attendance; next level from the new term.",
    "Talked about football club and the volunteering at the youth centre.",
    "Viewing of the apartment with the landlord; positive first impression.",
)

CONFIDENTIAL_TEXTS = (
    "Disclosed worries about family members still in the home country; offered a referral to the trauma clinic.",
    "Health: started treatment with the GP for sleeping problems. Shared only with consent.",
    "Contact with family tracing service about a missing sibling.",
)

TASK_TITLES = (
    "Apply for housing benefit",
    "Book viewing of the apartment",
    "Renew residence card",
    "Register with a GP",
    "Open bank account",
    "Send housing application to the municipality",
    "Follow up with the language school",
    "Prepare after-care meeting",
)

GOALS = (
    ("housing", "Find an own apartment close to the school"),
    ("education", "Start vocational training as an electrician"),
    ("work", "Get a part-time job in a supermarket"),
    ("health", "Regular appointments with the GP"),
    ("language", "Pass the Danish 2 exam"),
    ("social_network", "Join the local football club"),
)

ACTIVITIES = (
    ("sport_club", "Football club"),
    ("volunteering", "Red Cross youth volunteers"),
    ("tenant_association", "Tenant association"),
    ("other", "Youth club homework café"),
)
