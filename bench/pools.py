"""The made-up world's raw material: names, organisations, bodies, venues and terms.

Everything here is data. Names are invented combinations of common first names
and surnames; organisations are the kinds of public bodies a London board works
with. Strings are chosen so that no pool value contains another pool's value
(an organisation name never contains a person's name, a heading never contains
an unrecorded organisation), which keeps the generated gold exact.
"""
from __future__ import annotations

FIRST_NAMES = """
Aaron Abigail Adam Adrian Aisha Alan Alice Alison Amanda Amir Andrea Angela Anita Anne Anthony
Barbara Beatrice Ben Bernadette Beverley Brian Bridget Carl Carol Caroline Catherine Charles
Charlotte Chris Clare Colin Craig Damian Daniel Deborah Declan Denise Derek Diane Donna Duncan
Edward Eileen Elaine Eleanor Emma Eric Fatima Fiona Frances Gareth Gavin Gemma Geoffrey Gillian
Gordon Grace Graham Hannah Harriet Hazel Heather Helen Hugh Imran Irene Isabel Jack Jacqueline
James Janet Jasmine Jeremy Joanna Jonathan Joseph Joyce Judith Julian Karen Katherine Keith
Kevin Kwame Laura Lesley Linda Lorraine Louise Lucy Lynne Malcolm Margaret Marian Mark Martin
Maureen Melanie Michael Miriam Monica Nadia Naomi Neil Nicola Nigel Olivia Patrick Paula Pauline
Peter Philippa Priya Rachel Rajesh Rebecca Richard Rita Robert Roger Rosemary Ruth Samuel Sandra
Sarah Sean Sheila Simone Sophie Stephen Stuart Susan Tariq Teresa Theresa Thomas Timothy Tracey
Trevor Ursula Valerie Vanessa Victor Vincent Wendy William Yvonne Zainab
""".split()

SURNAMES = """
Abbott Adeyemi Ahmed Ainsworth Akhtar Aldridge Archer Ashworth Atkins Bailey Bamford Banerjee
Barker Barlow Bartlett Baxter Bennett Bishop Blackwood Bowen Bradshaw Brennan Brooks Buckley Burke
Burrows Byrne Caldwell Campbell Carter Chadwick Chapman Clarke Coleman Collins Connolly Cooper
Cowley Crawford Cunningham Dalton Davies Dawson Delaney Dennison Dixon Doherty Donovan Doyle
Drummond Duffy Dunn Eastwood Edwards Elliott Ellis Evans Fairclough Farrell Fenwick Fielding
Finch Fitzgerald Fletcher Flynn Forsyth Foster Fowler Gallagher Gardner Gibbons Gill Goodwin
Gordon Graves Greenwood Griffiths Hadley Hale Hammond Hancock Hargreaves Harper Hartley Hassan
Hawkins Haynes Henderson Hewitt Hodgson Holmes Horton Howard Hughes Humphreys Hussain
Iqbal Irving Jackson Jarvis Jenkins Johnson Kaur Kavanagh Kemp Kennedy Khan Kirby Knight Lambert
Lawson Leach Lennon Lloyd Lowe Lucas Lynch Macdonald Maguire Malik Marsh Maxwell McCarthy
McDermott McGrath McKenzie Mensah Metcalfe Middleton Mitchell Moran Morgan Morrison Moss Murphy
Nash Nolan Norris Nowak Oakley Okafor Osborne Owusu Parkinson Parsons Patel Pearce Pearson Pennington
Phillips Pickering Porter Pritchard Quinn Rahman Randall Rawlings Reid Reynolds Richardson Robson
Rowe Russell Ryan Sanderson Saunders Sharma Shaw Sheridan Simmons Slater Southgate Stafford Stanley
Stevenson Swann Talbot Taylor Thornton Townsend Tucker Turnbull Underwood Vaughan Walsh
Warburton Watkins Webster Wheeler Whitaker Whitfield Wilkinson Winters Woodward Yates Young
""".split()

# Written surnames that need care in text: apostrophes, particles, double-barrels.
SPECIAL_SURNAMES = ["O’Brien", "O'Connell", "De Souza", "Van Der Berg", "Lloyd-Jones", "Ashby-Clarke",
                    "McAllister", "D’Silva"]

TITLES = ["Dr", "Cllr", "DCI", "Prof"]

BOROUGHS = """
Barking & Dagenham|Barnet|Bexley|Brent|Bromley|Camden|Croydon|Ealing|Enfield|Greenwich|Hackney|
Hammersmith & Fulham|Haringey|Harrow|Havering|Hillingdon|Hounslow|Islington|Kensington and Chelsea|
Kingston upon Thames|Lambeth|Lewisham|Merton|Newham|Redbridge|Richmond|Southwark|Sutton|
Tower Hamlets|Waltham Forest|Wandsworth|Westminster
""".replace("\n", "").split("|")

# (full name, acronym or None, how the full name is usually written in lists)
NATIONAL_ORGS: list[tuple[str, str | None]] = [
    ("Metropolitan Police", "MPS"),
    ("Government Office for London", "GOL"),
    ("National Society for the Prevention of Cruelty to Children", "NSPCC"),
    ("Children and Family Court Advisory and Support Service", "CAFCASS"),
    ("Association of London Directors of Children’s Services", "ALDCS"),
    ("National Safeguarding Delivery Unit", "NSDU"),
    ("UK Border Agency", "UKBA"),
    ("Youth Justice Board", "YJB"),
    ("London Ambulance Service", "LAS"),
    ("Greater London Authority", "GLA"),
    ("Association of London Government", "ALG"),
    ("Social Care Institute for Excellence", "SCIE"),
    ("Crown Prosecution Service", "CPS"),
    ("Improvement and Development Agency", "IDeA"),
    ("Department for Education and Skills", "DfES"),
    ("Department for Children, Schools and Families", "DCSF"),
    ("NHS London", None),
    ("London Councils", None),
    ("London Probation", None),
    ("Ofsted", None),
    ("Home Office", None),
    ("Department of Health", None),
    ("Healthcare Commission", None),
    ("Barnardo’s", None),
    ("Children England", None),
    ("Stop It Now!", None),
    ("Victim Support", None),
    ("Kidscape", None),
    ("East London NHS Trust", None),
    ("South London and Maudsley NHS Trust", None),
    ("Great Ormond Street Hospital", None),
    ("Guy’s and St Thomas’ NHS Trust", None),
]

# Other written forms of a national org (as written, all organisations in the gold).
ORG_VARIANTS: dict[str, list[str]] = {
    "Metropolitan Police": ["Met Police", "MPS", "Metropolitan Police Service"],
    "Barnardo’s": ["Barnardos", "Barnardo's"],
    "London Probation": ["London Probation Service"],
}

# Borough-level organisation name patterns, as attendee lists write them.
LOCAL_ORG_PATTERNS = ["{b} LSCB", "{b} PCT", "LB {b}", "{b} Children’s Services", "{b} Police"]

# The board itself, as prose and attendee lists write it.
BOARD_NAMES = ["London Board", "London Safeguarding Children Board"]

# Bodies that meet and write minutes. `org` says whether the body's name is an
# organisation in its own right (a board) or one of the board's internal groups
# (then the hand-made gold calls it borderline, and so does ours).
BODIES: list[dict] = [
    {"name": "London Safeguarding Children Board", "title": "London Safeguarding Children Board Meeting",
     "org": True, "weight": 6, "size": 26, "from": 2006},
    {"name": "London Child Protection Committee", "title": "London Child Protection Committee Meeting",
     "org": True, "weight": 3, "size": 22, "to": 2006},
    {"name": "LSCB Chairs", "title": "LSCB Chairs Meeting", "org": False, "weight": 4, "size": 24,
     "boroughs": True, "from": 2006},
    {"name": "LSCB Datasets Steering Group", "title": "LSCB Datasets Steering Group", "org": False,
     "weight": 2, "size": 14, "from": 2007},
    {"name": "Serious Case Reviews Subgroup", "title": "Serious Case Reviews Subgroup Meeting", "org": False,
     "weight": 2, "size": 16},
    {"name": "Child Death Overview Panel Chairs Network", "title": "CDOP Chairs Network Meeting",
     "org": False, "weight": 2, "size": 14, "from": 2008},
    {"name": "Culture and Faith Subgroup", "title": "Culture and Faith Subgroup Meeting", "org": False,
     "weight": 1, "size": 14},
]

LOCATIONS = ["London Councils", "59½ Southwark Street", "Room 4, 591 Southwark Street",
             "Ground Floor Suite, 22 Tothill Street", "Committee Room 2, 18 Smith Square"]
LOCATION_ORGS = {"London Councils"}

TIMES = ["2pm – 4pm", "2.30 – 5.00 pm", "2 – 4pm", "10am – 12pm", "9.30am – 11.30am", "3pm - 5pm",
         "10.00 – 12.30", "1.30pm – 3.30pm"]

# Acronyms of terms (not organisations) that papers expand as "expansion (ACR)".
TERM_ACRONYMS: list[tuple[str, str]] = [
    ("Child Death Review Panels", "CDRP"),
    ("Common Assessment Framework", "CAF"),
    ("national referral mechanism", "NRM"),
    ("Criminal Justice IT System", "CJIT"),
    ("integrated children’s system", "ICS"),
    ("Serious Case Reviews", "SCRs"),
    ("Multi-Agency Risk Assessment Conference", "MARAC"),
    ("Multi-Agency Public Protection Arrangements", "MAPPA"),
    ("Local Authority Designated Officer", "LADO"),
    ("Child and Adolescent Mental Health Services", "CAMHS"),
    ("Child Death Overview Panel", "CDOP"),
    ("Information Sharing and Assessment", "ISA"),
]
FGM_ACRONYM = ("female genital mutilation", "FGM")

# Subjects of agenda items and report sections; each names the taxonomy phrase it
# carries, so a paper's topics follow from what it was given to talk about.
SUBJECTS: list[tuple[str, str]] = [
    ("Secure emails", "secure email"),
    ("Serious Case Reviews", "serious case reviews"),
    ("Child death review processes", "child death review"),
    ("Private fostering", "private fostering"),
    ("Runaways and missing children", "missing children"),
    ("Trafficked children toolkit", "trafficked children"),
    ("Child sexual exploitation", "child sexual exploitation"),
    ("Datasets project", "datasets"),
    ("Training strategy", "training"),
    ("London Child Protection Procedures", "child protection procedures"),
    ("Domestic violence and safeguarding", "domestic violence"),
    ("Information sharing", "information sharing"),
    ("Multi-agency audit", "quality assurance"),
    ("Safeguarding across culture and faith", "faith communities"),
    ("LSCB funding survey", "LSCB funding"),
    ("Mental health and safeguarding", "mental health"),
    ("Olympics planning", "Olympics"),
    ("Workforce recruitment", None),
    ("Lead Member development programme", None),
    ("Annual report", None),
    ("Performance monitoring", None),
]
FGM_SUBJECTS = [("FGM", "FGM"), ("Female genital mutilation resource pack", "female genital mutilation")]

GROUP_OWNERS = ["Chairs", "All members", "Steering Group members", "LSCB Chairs", "Board members"]
