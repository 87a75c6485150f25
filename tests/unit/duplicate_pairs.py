"""A constructed set of witness pairs for measuring the duplicate search: the same witness
written differently by two researchers, and different people who look alike. Every name,
phone number and household is fictional."""

from __future__ import annotations


def rec(given="", father="", grandfather="", family="", *, latin=None, kunya="",
        phone="", date="2017-03-17", place="al_jadida", household=(), sex="") -> dict:
    """Answers for one witness: Arabic-script name parts, `latin` parts, household
    members as (given, family) pairs."""
    name = {k: v for k, v in (("given", given), ("father", father),
                              ("grandfather", grandfather), ("family", family),
                              ("kunya", kunya)) if v}
    if latin:
        name["latin"] = dict(latin)
    witness = {"full_name": name, "phone": phone}
    if sex:
        witness["sex"] = sex
    return {"witness": witness,
            "incident": {"date": date, "neighbourhood": place} if date else {},
            "people": {"people": [{"name": {"given": g, "family": f}} for g, f in household]}}


def lat(given="", father="", grandfather="", family="", kunya="") -> dict:
    return {k: v for k, v in (("given", given), ("father", father),
                              ("grandfather", grandfather), ("family", family),
                              ("kunya", kunya)) if v}


SONS = (("علي", "الجبوري"), ("عمر", "الجبوري"))

# (kind, a, b): one witness, two records.
SAME = [
    # A family name left out by one researcher.
    ("no family name", rec("محمد", "حسين", "", "الجبوري"), rec("محمد", "حسين")),
    ("no family name", rec("فاطمة", "علي", "", "الطائي"), rec("فاطمة", "علي")),
    ("no family name", rec(latin=lat("Ahmed", "Khalil", "", "al-Obaidi")), rec("أحمد", "خليل")),
    ("no family name", rec("زينب", "عمر", "", "العبيدي", phone="07705550101"),
     rec("زينب", "عمر", phone="07705550101")),
    ("no family name", rec("يوسف", "إبراهيم", "محمود", "الشمري"), rec("يوسف", "إبراهيم", "محمود")),
    ("no family name", rec("نور", "خالد", "", "النعيمي", place="al_zahra"),
     rec("نور", "خالد", place="old_city")),
    # The father's name written differently, or with the grandfather's run into it.
    ("variant father", rec("مريم", "عبد الله", "", "الحمداني"),
     rec("مريم", "عبدالله", "", "الحمداني")),
    ("variant father", rec("سعد", "عبد الرحمن", "", "الجبوري"),
     rec(latin=lat("Saad", "Abd al-Rahman", "", "al-Jubouri"))),
    ("variant father", rec("عمر", "حسين علي", "", "الطائي"), rec("عمر", "حسين", "", "الطائي")),
    ("variant father", rec("هدى", "حمودي", "", "العبيدي"), rec("هدى", "محمود", "", "العبيدي")),
    ("variant father", rec("ياسر", "قاسم", "", "الشمري"), rec("ياسر", "جاسم", "", "الشمري")),
    ("variant father", rec("سارة", "عباس", "", "النعيمي", place="al_risala"),
     rec("سارة", "عبس", "", "النعيمي", place="al_risala")),
    # Hamza, ta marbuta, alef maqsura.
    ("hamza / ta marbuta / alef maqsura", rec("أسماء", "أحمد", "", "الجبوري"),
     rec("اسماء", "احمد", "", "الجبوري")),
    ("hamza / ta marbuta / alef maqsura", rec("رقية", "علي", "", "الطائي"),
     rec("رقيه", "علي", "", "الطائي")),
    ("hamza / ta marbuta / alef maqsura", rec("مصطفى", "يحيى", "", "العبيدي"),
     rec("مصطفي", "يحيي", "", "العبيدي")),
    ("hamza / ta marbuta / alef maqsura", rec("إبراهيم", "مؤيد", "", "الحمداني"),
     rec("ابراهيم", "مويد", "", "الحمداني")),
    ("hamza / ta marbuta / alef maqsura", rec("هدى", "عيسى", "", "الطائى"),
     rec("هدي", "عيسي", "", "الطائي")),
    # One researcher wrote the name only in Latin letters, the other only in Arabic script.
    ("Latin vs Arabic", rec("محمد", "حسين", "", "الجبوري"),
     rec(latin=lat("Mohammed", "Hussein", "", "al-Jubouri"))),
    ("Latin vs Arabic", rec("فاطمة", "عبدالله", "", "النعيمي"),
     rec(latin=lat("Fatimah", "Abdullah", "", "al-Nuaimi"))),
    ("Latin vs Arabic", rec("خالد", "يوسف", "", "الحمداني"),
     rec(latin=lat("Khaled", "Yousef", "", "Al Hamdani"))),
    ("Latin vs Arabic", rec("شیرین", "ڕێبوار"), rec(latin=lat("Shirin", "Rebwar"))),
    ("Latin vs Arabic", rec("حسين", "علي", "", "الشمري"),
     rec(latin=lat("Ḥusayn", "Ali", "", "al-Shammari"))),
    ("Latin vs Arabic", rec("هێمن", "ئاراس"), rec(latin=lat("Hemin", "Aras"))),
    # Known only by a kunya in one record.
    ("kunya only", rec("فاطمة", "حسن", "", "الجبوري", kunya="أم علي", household=SONS),
     rec(latin=lat(kunya="Umm Ali"), household=SONS)),
    ("kunya only", rec("زينب", "محمد", "", "الطائي", kunya="ام عمر", phone="07705550102"),
     rec("أم عمر", phone="07705550102")),
    ("kunya only", rec("أحمد", "صالح", kunya="أبو محمد", household=(("محمد", "الجبوري"),)),
     rec(latin=lat(kunya="Abu Mohammed"), household=(("محمد", "الجبوري"),))),
    ("kunya only", rec("خليل", "ابراهيم", kunya="ابو عمر", phone="07705550103"),
     rec(kunya="أبو عمر", phone="+964 770 555 0103")),
    ("kunya only", rec("مريم", "علي", kunya="أم علي", place="al_zahra", household=SONS),
     rec(kunya="Umm Ali", place="old_city", household=SONS)),
    # Given and father names in the other order.
    ("swapped order", rec("محمد", "حسين", "", "الجبوري"), rec("حسين", "محمد", "", "الجبوري")),
    ("swapped order", rec("محمد", "حسين"), rec(latin=lat("Hussein", "Mohammed"))),
    ("swapped order", rec("علي", "كريم", "جاسم", "الطائي"), rec("كريم", "علي", "جاسم")),
    ("swapped order", rec("عمر", "فاضل", "", "النعيمي", date="2017-03-18"),
     rec("فاضل", "عمر", "", "النعيمي", date="2017-03-18")),
    # A phone number with and without the country code.
    ("phone country code", rec("حيدر", phone="+964 770 123 4567"),
     rec(latin=lat("Haider"), phone="07701234567", date="")),
    ("phone country code", rec("سلمى", "كاظم", phone="00964 7701112233"),
     rec("سلمى", phone="0770 111 2233", place="old_city")),
    ("phone country code", rec(latin=lat("Layla"), phone="964-750-222-3344"),
     rec("ليلى", phone="07502223344", date="2017-03-16")),
    ("phone country code", rec("قاسم", "محمد", phone="+9647813334455"),
     rec(latin=lat("Qasim"), phone="07813334455")),
    # Eastern Arabic or Persian digits.
    ("Eastern digits", rec("حيدر", "علي", phone="٠٧٧٠١٢٣٤٥٦٧"), rec("حيدر", phone="07701234567")),
    ("Eastern digits", rec("ليلى", phone="۰۷۵۰۲۲۲۳۳۴۴"), rec(latin=lat("Laila"),
                                                            phone="+964 750 222 3344")),
    ("Eastern digits", rec("سلمى", kunya="أم حسن", phone="٠٧٨١٣٣٣٤٤٥٥"),
     rec(kunya="Umm Hassan", phone="07813334455")),
    ("Eastern digits", rec("نور", "سعد", "", "الجبوري", phone="٠٧٧٠٥٥٥٠١٩٩", date="٢٠١٧-٠٣-١٧"),
     rec("نور", "سعد", phone="07705550199", date="2017-03-17")),
    # Several at once.
    ("combined", rec("عبدالله", "محمد", "", "الشمري", phone="٠٧٧٠٥٥٥٠١٥٠"),
     rec(latin=lat("Abdullah"), phone="+964 770 555 0150")),
    ("combined", rec("فاطمة", "أحمد", "", "الجبوري"), rec(latin=lat("Ahmed", "Fatima"))),
]

# (kind, a, b): two people.
DIFFERENT = [
    # Brothers: same father, grandfather, family, household, incident.
    ("brothers", rec("محمد", "حسين", "علي", "الجبوري", household=SONS),
     rec("أحمد", "حسين", "علي", "الجبوري", household=SONS)),
    ("brothers", rec("عمر", "خالد", "", "الطائي"), rec("يوسف", "خالد", "", "الطائي")),
    ("brothers", rec(latin=lat("Ali", "Kareem", "", "al-Obaidi")),
     rec("حسن", "كريم", "", "العبيدي")),
    ("brothers", rec("سعد", "جاسم", "محمد", "الشمري", household=SONS, place="old_city"),
     rec("سعيد", "جاسم", "محمد", "الشمري", household=SONS, place="old_city")),
    ("brothers", rec("فاطمة", "حسن", "", "النعيمي"), rec("زينب", "حسن", "", "النعيمي")),
    ("brothers", rec("حيدر", "عباس", "", "الحمداني", phone="07705550300"),
     rec("حسين", "عباس", "", "الحمداني", phone="07705550300")),
    ("brothers", rec("مريم", "علي", "", "الطائي", household=SONS),
     rec("هدى", "علي", "", "الطائي", household=SONS)),
    ("brothers", rec("قاسم", "محمد", "", "الجبوري", phone="07805550301"),
     rec("كاظم", "محمد", "", "الجبوري", phone="07805550301")),
    # The same common given name in the same incident.
    ("common given name", rec("محمد", "أحمد", "", "الجبوري"), rec("محمد", "علي", "", "الطائي")),
    ("common given name", rec("محمد", "خالد"), rec("محمد", "عمر")),
    ("common given name", rec("فاطمة", "حسين", "", "العبيدي"), rec("فاطمة", "يوسف", "", "الشمري")),
    ("common given name", rec(latin=lat("Ali", "Hassan", "", "al-Tai")), rec("علي", "محمود")),
    ("common given name", rec("زينب", "عمر"), rec("زينب", "ابراهيم", "", "النعيمي")),
    ("common given name", rec("أحمد", "جاسم", "", "الحمداني"), rec("أحمد", "قاسم", "", "الجبوري")),
    ("common given name", rec("حسين", "علي", "", "الجبوري", place="old_city"),
     rec("حسين", "كريم", "", "الجبوري", place="al_zahra")),
    ("common given name", rec("نور", "محمد", "", "الطائي"), rec("نور", "مهدي", "", "الطائي",
                                                                  date="2017-03-16")),
    ("common given name", rec("عمر", "حسن", "", "النعيمي", sex="male"),
     rec("عمر", "حسين", "", "النعيمي", sex="male", date="2017-03-18")),
    ("common given name", rec("علي", "احمد"), rec("علي", "محمد", "", "الشمري")),
    # The same tribe and given name, fathers with one initial (m): a cousin, not a variant.
    ("cousins", rec("يوسف", "محمد", "", "العبيدي"), rec("يوسف", "مهدي", "", "العبيدي",
                                                       date="2017-03-16")),
    ("cousins", rec("خالد", "مجيد", "", "الشمري", place="old_city"),
     rec("خالد", "محمود", "", "الشمري", place="al_yarmuk")),
    # A son named after his grandfather, beside his father.
    ("father and son", rec("محمد", "حسين", "محمد", "الجبوري", household=SONS),
     rec("حسين", "محمد", "علي", "الجبوري", household=SONS)),
    ("father and son", rec("علي", "عمر", "علي", "الطائي"), rec("عمر", "علي", "حسن", "الطائي")),
    ("father and son", rec("احمد", "خالد", "", "النعيمي", sex="male"),
     rec("خالد", "كريم", "", "النعيمي", sex="male")),
    # Two mothers known by the same kunya, in the same place.
    ("same kunya", rec(kunya="أم علي"), rec(kunya="Umm Ali")),
    ("same kunya", rec("فاطمة", kunya="أم علي"), rec("زينب", kunya="أم علي")),
    ("same kunya", rec(kunya="أبو محمد", household=(("محمد", "الجبوري"),)),
     rec(kunya="ابو محمد", household=(("محمد", "الطائي"),))),
    ("same kunya", rec(kunya="Abu Omar", phone="07705550400"),
     rec(kunya="Abu Omar", phone="07705550401")),
    ("same kunya", rec("هدى", "علي", kunya="أم حسن"), rec("سارة", "جاسم", kunya="أم حسن")),
    # A shared phone: a neighbour's or a relative's.
    ("shared phone", rec("حسين", "علي", phone="07705550500"),
     rec("مريم", "كاظم", phone="07705550500")),
    ("shared phone", rec("عمر", phone="+964 770 555 0501"), rec("سعد", phone="07705550501")),
    ("shared phone", rec("علي", "حسن", "", "الطائي", phone="07705550502", sex="male"),
     rec("علي", phone="07705550502", sex="female")),
    ("shared phone", rec("ياسر", "محمد", phone="07705550503", household=SONS),
     rec("أسماء", "محمد", phone="07705550503", household=SONS)),
    # Husband and wife: same household and incident.
    ("husband and wife", rec("حسين", "علي", "", "الجبوري", household=SONS, sex="male"),
     rec("فاطمة", "حسن", "", "الطائي", household=SONS, sex="female")),
    ("husband and wife", rec("عمر", "خالد", household=SONS, phone="07705550600"),
     rec("زينب", "محمد", household=SONS, phone="07705550601")),
    # One full name, two men, in two incidents: a triple name that is common.
    ("same full name", rec("محمد", "أحمد", "حسين", "الجبوري"),
     rec("محمد", "أحمد", "صالح", "الجبوري", date="2016-11-02", place="al_zahra")),
    ("same full name", rec("علي", "حسين"), rec("علي", "حسين", date="2017-01-10")),
    # Sister and brother with one name pattern.
    ("brother and sister", rec("نور", "سعد", "", "الشمري", sex="female"),
     rec("نور", "سعد", "", "الشمري", sex="male")),
    ("brother and sister", rec("سلام", "كريم", "", "العبيدي", sex="male"),
     rec("سلام", "كريم", "", "العبيدي", sex="female")),
    # Two children of one family, given names close in spelling.
    ("similar given names", rec("سعد", "عادل", "", "الجبوري"), rec("سعيد", "عادل", "", "الجبوري")),
    ("similar given names", rec("حسن", "عادل", "", "الطائي"), rec("حسين", "عادل", "", "الطائي")),
]
